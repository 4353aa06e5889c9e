using Microsoft.AspNetCore.Identity;
using ServiceBot.Domain.Users;

namespace ServiceBot.Infrastructure.Identity;

/// <summary>An account: staff of a bureau, the coordinator office, a county leader, an admin, or an enterprise's contact.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public Role Role { get; set; }

    /// <summary>The bureau of staff and heads.</summary>
    public string? BureauCode { get; set; }

    /// <summary>The county leader an account of role CountyLeader stands for.</summary>
    public string? LeaderCode { get; set; }

    /// <summary>The enterprise of an enterprise user.</summary>
    public Guid? EnterpriseId { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>An enterprise user not verified as speaking for the enterprise: sees only the cases they reported.</summary>
    public bool OwnCasesOnly { get; set; }

    public Actor ToActor() => new(Id, DisplayName, Role, BureauCode, EnterpriseId) { OwnCasesOnly = OwnCasesOnly };
}
