namespace ServiceBot.Domain.Users;

/// <summary>Whoever causes a change: recorded on every timeline entry.</summary>
public sealed record Actor(string Id, string Name, Role Role, string? BureauCode = null, Guid? EnterpriseId = null)
{
    /// <summary>The service line itself: deadline checks, escalation, automatic dispatch.</summary>
    public static Actor System { get; } = new("system", "系统", Role.System);

    public bool IsBureauMember => Role is Role.BureauStaff or Role.BureauHead;
}
