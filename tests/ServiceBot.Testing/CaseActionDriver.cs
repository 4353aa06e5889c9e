using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Testing;

/// <summary>Fires any trigger on a case the way the person allowed to fire it would, with plausible arguments.</summary>
public static class CaseActionDriver
{
    /// <summary>The actor whose role may fire <paramref name="trigger"/> on a case built by <see cref="CaseBuilder"/>.</summary>
    public static Actor ActorFor(CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.SignFor or CaseTrigger.LogContact or CaseTrigger.PostStageReply or CaseTrigger.RequestInformation
            or CaseTrigger.RequestReturn or CaseTrigger.RequestExtension or CaseTrigger.Answer => TestActors.LeadStaff,
        CaseTrigger.ApproveAnswer or CaseTrigger.RejectAnswer => TestActors.LeadHead,
        CaseTrigger.SubmitCoHandlerInput => TestActors.CoStaff,
        CaseTrigger.SupplyInformation or CaseTrigger.Evaluate or CaseTrigger.Withdraw => TestActors.Entrepreneur,
        CaseTrigger.Instruct => TestActors.Leader,
        CaseTrigger.CloseUnevaluated => Actor.System,
        _ => TestActors.Coordinator,
    };

    public static Result Fire(Case c, CaseTrigger trigger, CaseBuilder builder) => Fire(c, trigger, builder, ActorFor(trigger));

    public static Result Fire(Case c, CaseTrigger trigger, CaseBuilder builder, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(builder);
        var ctx = builder.Context(actor);
        return trigger switch
        {
            CaseTrigger.Dispatch => c.Dispatch(builder.Plan(), ctx),
            CaseTrigger.Redispatch => c.Redispatch(builder.Plan(TestActors.OtherBureau), "职责调整", ctx),
            CaseTrigger.SignFor => c.SignFor(ctx),
            CaseTrigger.LogContact => c.LogContact("已电话联系王经理", ctx),
            CaseTrigger.PostStageReply => c.PostStageReply("正在会商，下周给出方案", ctx),
            CaseTrigger.RequestInformation => c.RequestInformation("请补充项目用地面积", ctx),
            CaseTrigger.SupplyInformation => c.SupplyInformation("约30亩", ctx),
            CaseTrigger.SubmitCoHandlerInput => c.SubmitCoHandlerInput("企业亩均效益评价为A类", ctx),
            CaseTrigger.RequestReturn => c.RequestReturn("不属于本单位职责", ctx),
            CaseTrigger.ApproveReturn => c.ApproveReturn(builder.Plan(TestActors.OtherBureau), ctx),
            CaseTrigger.RejectReturn => c.RejectReturn("属于用地问题", ctx),
            CaseTrigger.RequestExtension => c.RequestExtension(new DateOnly(2027, 1, 15), "需要规划调整", ctx),
            CaseTrigger.ApproveExtension => c.ApproveExtension(new DateOnly(2027, 1, 15), ctx),
            CaseTrigger.RejectExtension => c.RejectExtension("时限充足", ctx),
            CaseTrigger.Answer => c.SubmitAnswer("可纳入下批次供地计划。", ctx),
            CaseTrigger.ApproveAnswer => c.ApproveAnswer(ctx),
            CaseTrigger.RejectAnswer => c.RejectAnswer("请补充政策依据", ctx),
            CaseTrigger.Evaluate => c.Evaluate(EvaluationRating.Satisfied, solved: true, "满意", ctx),
            CaseTrigger.Reopen => c.Reopen("企业反映问题复发", ctx),
            CaseTrigger.Close => c.Close("企业电话确认已解决", ctx),
            CaseTrigger.CloseUnevaluated => c.CloseUnevaluated(ctx),
            CaseTrigger.Withdraw => c.Withdraw("已自行解决", ctx),
            CaseTrigger.Merge => c.MergeInto(new CaseBuilder().Build(), ctx),
            CaseTrigger.Urge => c.Urge("请尽快办理", ctx),
            CaseTrigger.Supervise => c.Supervise("列入督办", ctx),
            CaseTrigger.EscalateToLeader => c.EscalateToLeader("industry-deputy", "逾期5个工作日", ctx),
            CaseTrigger.Instruct => c.Instruct(new LeaderInstruction("请自然资源局本周内拿出方案", null, []), ctx),
            _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
        };
    }
}
