using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ServiceBot.Infrastructure.Identity;

/// <summary>Adds the account's role, bureau, enterprise and display name to its principal.</summary>
internal sealed class ServiceBotClaimsPrincipalFactory(UserManager<ApplicationUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(ServiceBotClaims.DisplayName, user.DisplayName));
        if (user.BureauCode is not null)
        {
            identity.AddClaim(new Claim(ServiceBotClaims.Bureau, user.BureauCode));
        }

        if (user.EnterpriseId is { } enterprise)
        {
            identity.AddClaim(new Claim(ServiceBotClaims.Enterprise, enterprise.ToString("D", CultureInfo.InvariantCulture)));
        }

        if (user.OwnCasesOnly)
        {
            identity.AddClaim(new Claim(ServiceBotClaims.OwnCasesOnly, "true"));
        }

        if (user.LeaderCode is not null)
        {
            identity.AddClaim(new Claim(ServiceBotClaims.Leader, user.LeaderCode));
        }

        return identity;
    }
}
