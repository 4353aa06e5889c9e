using ServiceBot.Application.Cases.Common;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Bot.Console.Cases;

/// <summary>
/// The form of every lifecycle action staff can take in the console. Which of them a user sees comes from the case
/// (<see cref="CaseDetail.PermittedActions"/>: the lifecycle's permitted triggers filtered by role), never from here.
/// </summary>
public static class ActionForms
{
    private static readonly Dictionary<CaseTrigger, ActionForm> Forms = new()
    {
        [CaseTrigger.SignFor] = new("sign-for", "签收", "签收", [], Primary: true),
        [CaseTrigger.Answer] = new("answer", "答复企业", "提交答复", [ActionField.Text, ActionField.Files], TextLabel: "答复内容（将发送给企业）", Primary: true,
            Confirm: "确认提交答复吗？需要负责人审核的，审核通过后才会发送给企业。"),
        [CaseTrigger.LogContact] = new("log-contact", "登记联系企业", "登记", [ActionField.Text], TextLabel: "联系情况（时间、方式、联系人、结果）"),
        [CaseTrigger.PostStageReply] = new("post-stage-reply", "阶段性答复", "发送阶段性答复", [ActionField.Text], TextLabel: "阶段性答复内容（将发送给企业）"),
        [CaseTrigger.RequestInformation] = new("request-information", "请企业补充材料", "发送给企业", [ActionField.Text], TextLabel: "需要企业补充的内容（将发送给企业，等待期间暂停计时）"),
        [CaseTrigger.SubmitCoHandlerInput] = new("submit-co-handler-input", "提交协办意见", "提交", [ActionField.Text], TextLabel: "协办意见（提交给牵头单位）", Primary: true),
        [CaseTrigger.RequestReturn] = new("request-return", "申请退单", "提交退单申请", [ActionField.Reason], ReasonLabel: "退单理由（说明为何不属于本单位职责，建议由哪个单位办理）",
            Confirm: "确认申请退单吗？三服务办审核后将改派其他单位。"),
        [CaseTrigger.RequestExtension] = new("request-extension", "申请延期", "提交延期申请", [ActionField.DueDate, ActionField.Reason], ReasonLabel: "延期理由", DateLabel: "申请延至（工作日）"),
        [CaseTrigger.ApproveAnswer] = new("approve-answer", "审核通过答复", "审核通过并发送", [], Primary: true, Confirm: "确认审核通过？答复将立即发送给企业。"),
        [CaseTrigger.RejectAnswer] = new("reject-answer", "退回答复", "退回经办人", [ActionField.Reason], ReasonLabel: "退回理由（经办人修改后重新提交）"),
        [CaseTrigger.Dispatch] = new("dispatch", "交办", "交办", [ActionField.Routing], Primary: true),
        [CaseTrigger.Redispatch] = new("redispatch", "改派", "改派", [ActionField.Routing, ActionField.Reason], ReasonLabel: "改派理由",
            Confirm: "确认改派吗？原单位的办理时限将取消，新单位重新计时。"),
        [CaseTrigger.ApproveReturn] = new("approve-return", "同意退单并改派", "同意并改派", [ActionField.Routing], Primary: true,
            Confirm: "确认同意退单并改派给所选单位吗？新单位将重新计时。"),
        [CaseTrigger.RejectReturn] = new("reject-return", "不同意退单", "不同意退单", [ActionField.Reason], ReasonLabel: "不同意的理由（原单位继续办理）"),
        [CaseTrigger.ApproveExtension] = new("approve-extension", "同意延期", "同意延期", [ActionField.DueDate], DateLabel: "批准的办结日期（工作日，默认为申请的日期）", Primary: true),
        [CaseTrigger.RejectExtension] = new("reject-extension", "不同意延期", "不同意延期", [ActionField.Reason], ReasonLabel: "不同意的理由（按原时限办理）"),
        [CaseTrigger.Merge] = new("merge", "合并重复诉求", "合并", [ActionField.IntoCase], Confirm: "确认把本诉求合并到所填的诉求吗？合并后本诉求不再办理。"),
        [CaseTrigger.Urge] = new("urge", "催办", "催办", [ActionField.Reason], ReasonLabel: "催办说明（发送给承办单位）"),
        [CaseTrigger.Supervise] = new("supervise", "督办", "督办", [ActionField.Reason], ReasonLabel: "督办说明（发送给承办单位及负责人）"),
        [CaseTrigger.EscalateToLeader] = new("escalate-to-leader", "提级至县领导", "提级", [ActionField.Reason], ReasonLabel: "提级原因（提交分管县领导批示）",
            Confirm: "确认把本诉求提级至分管县领导吗？"),
        [CaseTrigger.Instruct] = new("instruct", "批示", "提交批示", [ActionField.Text, ActionField.DueDate, ActionField.AddCoHandlers],
            TextLabel: "批示内容（发送给承办单位）", DateLabel: "新的办结时限（可不填）", Primary: true),
        [CaseTrigger.Close] = new("close", "办结", "办结", [ActionField.Reason], ReasonLabel: "办结说明", Confirm: "确认办结本诉求吗？"),
        [CaseTrigger.Reopen] = new("reopen", "重办", "重办", [ActionField.Reason], ReasonLabel: "重办理由（承办单位重新办理并重新计时）", Confirm: "确认退回承办单位重办吗？"),
        [CaseTrigger.Withdraw] = new("withdraw", "撤回诉求", "撤回", [ActionField.Reason], ReasonLabel: "撤回原因", Confirm: "确认撤回本诉求吗？撤回后不再办理。"),
    };

    /// <summary>The forms of the permitted actions, the main ones first; actions staff never take here (an enterprise's evaluation) are left out.</summary>
    public static IReadOnlyList<ActionForm> For(IEnumerable<PermittedAction> permitted) => permitted
        .Select(p => CaseActionNames.TryParse(p.Name, out var trigger) && Forms.TryGetValue(trigger, out var form) ? form : null)
        .OfType<ActionForm>()
        .OrderByDescending(f => f.Primary)
        .ToList();

    /// <summary>The action's name in the past tense, for the confirmation after it.</summary>
    public static string Done(string name) => CaseActionNames.TryParse(name, out var trigger) ? $"已{trigger.ToChinese()}。" : "已办理。";
}
