using ServiceBot.Domain.Users;

namespace ServiceBot.Domain.Cases;

/// <summary>
/// Which actor may fire which trigger on a case. The state machine says what can happen now; this says who may
/// make it happen. Together they give the permitted actions of a user.
/// </summary>
public static class CasePermissions
{
    public static bool MayFire(Actor actor, Case @case, CaseTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(@case);
        var lead = actor.IsBureauMember && string.Equals(actor.BureauCode, @case.LeadBureauCode, StringComparison.Ordinal);
        return trigger switch
        {
            CaseTrigger.SignFor or CaseTrigger.LogContact or CaseTrigger.PostStageReply or CaseTrigger.RequestInformation
                or CaseTrigger.RequestReturn or CaseTrigger.RequestExtension or CaseTrigger.Answer => lead,
            CaseTrigger.ApproveAnswer or CaseTrigger.RejectAnswer => lead && actor.Role == Role.BureauHead,
            CaseTrigger.SubmitCoHandlerInput => actor.IsBureauMember && actor.BureauCode is { } code && @case.IsCoHandler(code),
            CaseTrigger.SupplyInformation or CaseTrigger.Evaluate => IsOwnEnterprise(actor, @case),
            CaseTrigger.Withdraw => IsOwnEnterprise(actor, @case) || actor.Role == Role.Coordinator,
            CaseTrigger.Dispatch or CaseTrigger.Urge or CaseTrigger.Supervise or CaseTrigger.EscalateToLeader or CaseTrigger.Reopen =>
                actor.Role is Role.Coordinator or Role.System,
            CaseTrigger.Redispatch or CaseTrigger.ApproveReturn or CaseTrigger.RejectReturn or CaseTrigger.ApproveExtension
                or CaseTrigger.RejectExtension or CaseTrigger.Merge or CaseTrigger.Close => actor.Role == Role.Coordinator,
            CaseTrigger.Instruct => actor.Role == Role.CountyLeader,
            CaseTrigger.CloseUnevaluated => actor.Role == Role.System,
            _ => false,
        };
    }

    private static bool IsOwnEnterprise(Actor actor, Case @case) =>
        actor.Role == Role.EnterpriseUser && actor.EnterpriseId == @case.EnterpriseId;
}
