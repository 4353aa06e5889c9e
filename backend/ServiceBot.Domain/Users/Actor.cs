namespace ServiceBot.Domain.Users;

/// <summary>Whoever causes a change: recorded on every timeline entry.</summary>
public sealed record Actor(string Id, string Name, Role Role, string? BureauCode = null, Guid? EnterpriseId = null)
{
    /// <summary>The service line itself: deadline checks, escalation, automatic dispatch.</summary>
    public static Actor System { get; } = new("system", "系统", Role.System);

    public bool IsBureauMember => Role is Role.BureauStaff or Role.BureauHead;

    /// <summary>
    /// An enterprise user whose tie to the enterprise nobody has verified (an account the chat created from what
    /// the user typed): they see only the cases they reported themselves, never the enterprise's other cases.
    /// </summary>
    public bool OwnCasesOnly { get; init; }
}
