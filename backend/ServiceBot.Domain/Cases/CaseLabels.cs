using ServiceBot.Domain.Sla;

namespace ServiceBot.Domain.Cases;

/// <summary>The Chinese words people use for states, actions and ratings; one place so the bot, API and console agree.</summary>
public static class CaseLabels
{
    public static string ToChinese(this CaseState state) => state switch
    {
        CaseState.Submitted => "已受理",
        CaseState.Dispatched => "待签收",
        CaseState.InProgress => "办理中",
        CaseState.Handling => "办理中",
        CaseState.AwaitingInformation => "待企业补充",
        CaseState.ExtensionRequested => "延期审核中",
        CaseState.AnswerPendingApproval => "答复审核中",
        CaseState.ReturnRequested => "退单审核中",
        CaseState.Answered => "已答复待评价",
        CaseState.Closed => "已办结",
        CaseState.Withdrawn => "已撤回",
        CaseState.Merged => "已合并",
        _ => state.ToString(),
    };

    public static string ToChinese(this CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.Dispatch => "交办",
        CaseTrigger.Redispatch => "改派",
        CaseTrigger.SignFor => "签收",
        CaseTrigger.LogContact => "登记联系企业",
        CaseTrigger.PostStageReply => "阶段性答复",
        CaseTrigger.RequestInformation => "请企业补充材料",
        CaseTrigger.SupplyInformation => "补充材料",
        CaseTrigger.SubmitCoHandlerInput => "提交协办意见",
        CaseTrigger.RequestReturn => "申请退单",
        CaseTrigger.ApproveReturn => "同意退单并改派",
        CaseTrigger.RejectReturn => "不同意退单",
        CaseTrigger.RequestExtension => "申请延期",
        CaseTrigger.ApproveExtension => "同意延期",
        CaseTrigger.RejectExtension => "不同意延期",
        CaseTrigger.Answer => "答复",
        CaseTrigger.ApproveAnswer => "审核通过答复",
        CaseTrigger.RejectAnswer => "退回答复",
        CaseTrigger.Evaluate => "评价",
        CaseTrigger.Reopen => "重办",
        CaseTrigger.Close => "办结",
        CaseTrigger.CloseUnevaluated => "逾期未评价办结",
        CaseTrigger.Withdraw => "撤回",
        CaseTrigger.Merge => "合并",
        CaseTrigger.Urge => "催办",
        CaseTrigger.Supervise => "督办",
        CaseTrigger.EscalateToLeader => "提级",
        CaseTrigger.Instruct => "批示",
        _ => trigger.ToString(),
    };

    public static string ToChinese(this CaseType type) => type switch
    {
        CaseType.Problem => "难题诉求",
        CaseType.PolicyConsultation => "政策咨询",
        CaseType.Suggestion => "意见建议",
        CaseType.Complaint => "投诉",
        _ => type.ToString(),
    };

    public static string ToChinese(this EvaluationRating rating) => rating switch
    {
        EvaluationRating.Satisfied => "满意",
        EvaluationRating.BasicallySatisfied => "基本满意",
        EvaluationRating.Unsatisfied => "不满意",
        _ => rating.ToString(),
    };

    public static string ToChinese(this EscalationLevel level) => level switch
    {
        EscalationLevel.None => "无",
        EscalationLevel.Urged => "催办",
        EscalationLevel.Supervised => "督办",
        EscalationLevel.Elevated => "提级",
        _ => level.ToString(),
    };

    public static string ToChinese(this ClockKind kind) => kind switch
    {
        ClockKind.SignFor => "签收时限",
        ClockKind.Contact => "联系企业时限",
        ClockKind.Answer => "办结时限",
        ClockKind.CoHandlerReport => "协办反馈时限",
        ClockKind.Evaluation => "评价期限",
        _ => kind.ToString(),
    };

    public static string ToChinese(this TrafficLight light) => light switch
    {
        TrafficLight.None => "正常",
        TrafficLight.Blue => "蓝灯",
        TrafficLight.Yellow => "黄灯",
        TrafficLight.Red => "红灯",
        _ => light.ToString(),
    };
}
