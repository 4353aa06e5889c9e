namespace ServiceBot.Application.Cases.ListReplyTemplates;

/// <summary>Configuration section <c>ReplyTemplates</c>: the county's answer templates (答复模板); the built-in ones when empty.</summary>
public sealed class ReplyTemplateOptions
{
    public const string SectionName = "ReplyTemplates";

    public IList<ReplyTemplate> Templates { get; } = [];

    public static IReadOnlyList<ReplyTemplate> BuiltIn { get; } =
    [
        new() { Title = "已解决", Text = "{企业}：您反映的问题（{编号}）我单位已办理完毕。具体情况如下：\n\n如有疑问，请联系经办人。感谢您对我们工作的支持！" },
        new() { Title = "政策解答", Text = "{企业}：关于您咨询的问题（{编号}），根据《》第条规定：\n\n符合条件的企业可向我单位申请办理，所需材料：。" },
        new() { Title = "暂无法解决，说明原因", Text = "{企业}：您反映的问题（{编号}）我单位已认真研究。因，目前暂时无法解决。我们将持续跟进，并建议您：。" },
        new() { Title = "已协调相关单位", Text = "{企业}：您反映的问题（{编号}）我单位已会同协调处理，处理结果：\n\n后续如有需要，请随时联系。" },
    ];
}
