namespace ServiceBot.Dialogs.Flows.Interruptions;

/// <summary>
/// What people type to interrupt a flow, compared after <see cref="Engine.Vocabulary.Key"/> (no punctuation, spaces or
/// trailing particles), so “取消吧”“重新开始！” match too. Only whole short messages count: a description that merely
/// mentions 进度 is not an interruption.
/// </summary>
internal static class Words
{
    public static readonly HashSet<string> Cancel = new(
        ["取消", "退出", "不办了", "算了", "不要了", "取消办理", "结束", "停止", "cancel", "quit", "exit", "不弄了", "先不办了", "不想办了", "先不弄了"], StringComparer.Ordinal);

    public static readonly HashSet<string> Help = new(
        ["帮助", "help", "怎么用", "不会", "不懂", "看不懂", "什么意思", "怎么填", "不知道怎么填", "使用说明", "菜单", "怎么弄", "不知道"], StringComparer.Ordinal);

    public static readonly HashSet<string> Restart = new(["重新开始", "重来", "从头开始", "重新来", "重新填", "restart", "重新填写", "再来一次", "从头再来"], StringComparer.Ordinal);

    public static readonly HashSet<string> Handoff = new(
        ["转人工", "人工", "人工客服", "找人工", "人工服务", "客服", "真人", "找工作人员", "我要找人", "联系人工", "人工咨询", "转接人工", "人工帮忙", "我要人工"], StringComparer.Ordinal);

    public static readonly HashSet<string> Progress = new(
        ["查询进度", "查进度", "进度", "我的诉求", "我的诉求到哪了", "到哪了", "办到哪了", "进展", "办理进度", "诉求进度", "查询诉求", "我的诉求办得怎么样了", "办得怎么样了"], StringComparer.Ordinal);
}
