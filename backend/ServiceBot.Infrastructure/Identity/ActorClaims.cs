using System.Security.Claims;
using ServiceBot.Domain.Users;

namespace ServiceBot.Infrastructure.Identity;

/// <summary>Rebuilds the actor from a signed-in principal's claims.</summary>
public static class ActorClaims
{
    public static Actor? ToActor(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true
            || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id
            || !Enum.TryParse<Role>(principal.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return null;
        }

        var enterprise = Guid.TryParse(principal.FindFirstValue(ServiceBotClaims.Enterprise), out var e) ? e : (Guid?)null;
        return new Actor(id, principal.FindFirstValue(ServiceBotClaims.DisplayName) ?? id, role, principal.FindFirstValue(ServiceBotClaims.Bureau), enterprise)
        {
            OwnCasesOnly = principal.HasClaim(ServiceBotClaims.OwnCasesOnly, "true"),
        };
    }
}
