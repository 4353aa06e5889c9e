using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Common.Security;

/// <summary>
/// The query form of <see cref="CaseAccess"/>: the cases an actor may see, as a filter the database runs. Who
/// reported a case is the actor of its first timeline entry (受理).
/// </summary>
public static class CaseVisibility
{
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            Role.Coordinator or Role.CountyLeader or Role.System => cases,
            Role.BureauStaff or Role.BureauHead when actor.BureauCode is { } bureau =>
                cases.Where(c => c.LeadBureauCode == bureau || c.CoHandlers.Any(h => h.BureauCode == bureau)),
            Role.EnterpriseUser when actor.EnterpriseId is { } enterprise && actor.OwnCasesOnly =>
                cases.Where(c => c.EnterpriseId == enterprise && c.Timeline.Any(t => t.Sequence == 1 && t.ActorId == actor.Id)),
            Role.EnterpriseUser when actor.EnterpriseId is { } enterprise => cases.Where(c => c.EnterpriseId == enterprise),
            _ => cases.Where(_ => false),
        };
    }
}
