namespace ServiceBot.Domain.Users;

/// <summary>Who someone is to the service line. <see cref="System"/> is the scheduler and the triage robot.</summary>
public enum Role
{
    EnterpriseUser,
    BureauStaff,
    BureauHead,
    Coordinator,
    CountyLeader,
    Admin,
    System,
}
