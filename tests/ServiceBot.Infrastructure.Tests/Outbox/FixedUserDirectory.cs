using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Users;

namespace ServiceBot.Infrastructure.Tests.Outbox;

/// <summary>One staff account per bureau, so notification counts are easy to state.</summary>
internal sealed class FixedUserDirectory : IUserDirectory
{
    public Task<IReadOnlyList<string>> UserIdsAsync(IReadOnlyCollection<Role> roles, string? bureauCode, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(
            roles.Contains(Role.BureauStaff) && bureauCode is not null ? [$"staff-user-{bureauCode}"] : []);
}
