using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Notifications;

/// <summary>Finds the accounts that should hear about something: the staff of a bureau, the coordinators, the leaders.</summary>
public interface IUserDirectory
{
    /// <summary>The ids of active accounts in <paramref name="roles"/>, of <paramref name="bureauCode"/> (any bureau when null).</summary>
    Task<IReadOnlyList<string>> UserIdsAsync(IReadOnlyCollection<Role> roles, string? bureauCode, CancellationToken cancellationToken);
}
