using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Identity;

internal sealed class UserDirectory(ServiceBotDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyList<string>> UserIdsAsync(IReadOnlyCollection<Role> roles, string? bureauCode, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.IsActive && roles.Contains(u.Role) && (bureauCode == null || u.BureauCode == bureauCode))
            .OrderBy(u => u.UserName)
            .Select(u => u.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
}
