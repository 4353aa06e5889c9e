using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Domain.Bureaus;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Identity;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Seeding;

/// <summary>
/// The demo accounts: <c>admin</c>, <c>dispatcher</c>, <c>leader</c>, and <c>head-{code}</c> and <c>staff-{code}</c>
/// for every responsible unit, all with the configured demo password.
/// </summary>
internal sealed class DemoAccounts(UserManager<ApplicationUser> users, ServiceBotDbContext db)
{
    /// <summary>Hashing is deliberately slow; every demo account shares one password, so it is hashed once.</summary>
    public async Task<string> EnsureAsync(string userName, string displayName, Role role, string password, string? bureau = null, Guid? enterprise = null, string? leader = null)
    {
        var existing = await users.FindByNameAsync(userName).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing.Id;
        }

        var user = new ApplicationUser
        {
            UserName = userName,
            DisplayName = displayName,
            Role = role,
            BureauCode = bureau,
            EnterpriseId = enterprise,
            LeaderCode = leader,
            LockoutEnabled = true,
        };
        user.PasswordHash = HashFor(password, user);
        var result = await users.CreateAsync(user).ConfigureAwait(false);
        return result.Succeeded
            ? user.Id
            : throw new InvalidOperationException($"Could not create {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }

    public async Task EnsureStaffAsync(string password, CancellationToken cancellationToken)
    {
        await EnsureAsync("admin", "系统管理员", Role.Admin, password).ConfigureAwait(false);
        await EnsureAsync("dispatcher", "三服务办 调度员", Role.Coordinator, password, bureau: "ssfb").ConfigureAwait(false);
        await EnsureAsync("leader", "分管工业副县长", Role.CountyLeader, password, leader: "industry-deputy").ConfigureAwait(false);
        var units = await db.Bureaus.AsNoTracking().Where(b => b.Kind == BureauKind.ResponsibleUnit).OrderBy(b => b.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var unit in units)
        {
            await EnsureAsync($"head-{unit.Code}", $"{unit.Name} 负责人", Role.BureauHead, password, unit.Code).ConfigureAwait(false);
            await EnsureAsync($"staff-{unit.Code}", $"{unit.Name} 经办人", Role.BureauStaff, password, unit.Code).ConfigureAwait(false);
        }
    }

    private string HashFor(string password, ApplicationUser user)
    {
        lock (HashCache)
        {
            if (!HashCache.TryGetValue(password, out var hash))
            {
                hash = users.PasswordHasher.HashPassword(user, password);
                HashCache[password] = hash;
            }

            return hash;
        }
    }

    private static readonly Dictionary<string, string> HashCache = new(StringComparer.Ordinal);
}
