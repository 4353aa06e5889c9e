using ServiceBot.Domain.Users;

namespace ServiceBot.Domain.Cases;

/// <summary>
/// Who may see a case at all. Bureau members see cases their bureau leads or co-handles; enterprise users see their
/// enterprise's cases; the coordinator office and county leaders see every case; administrators manage the catalog
/// and accounts, not cases. A case someone may not see must look like it does not exist. An enterprise user with
/// <see cref="Actor.OwnCasesOnly"/> sees only the cases they reported (the id passed as <c>reportedBy</c>).
/// </summary>
public static class CaseAccess
{
    public static bool CanView(Actor actor, string? leadBureauCode, IEnumerable<string> coHandlerCodes, Guid enterpriseId, string? reportedBy = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            Role.Coordinator or Role.CountyLeader or Role.System => true,
            Role.BureauStaff or Role.BureauHead => actor.BureauCode is not null
                && (string.Equals(actor.BureauCode, leadBureauCode, StringComparison.Ordinal) || coHandlerCodes.Contains(actor.BureauCode, StringComparer.Ordinal)),
            Role.EnterpriseUser => actor.EnterpriseId == enterpriseId && (!actor.OwnCasesOnly || string.Equals(actor.Id, reportedBy, StringComparison.Ordinal)),
            _ => false,
        };
    }
}
