using ServiceBot.Application.Common.Paging;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Accounts;

/// <summary>The account store (ASP.NET Core Identity behind it): passwords are hashed there and never seen here.</summary>
public interface IAccountStore
{
    Task<PagedList<AccountView>> ListAsync(Role? role, string? bureauCode, string? text, int page, int pageSize, CancellationToken cancellationToken);

    Task<Result<AccountView>> CreateAsync(NewAccount account, CancellationToken cancellationToken);

    Task<Result<AccountView>> SetActiveAsync(string userName, bool active, CancellationToken cancellationToken);

    /// <summary>Lifts (or sets) the own-cases-only restriction of an enterprise user, once their tie to the enterprise is verified.</summary>
    Task<Result> SetOwnCasesOnlyAsync(string userId, bool ownCasesOnly, CancellationToken cancellationToken);

    /// <summary>The mobile number recorded on the account (a chat user's own), or null.</summary>
    Task<string?> PhoneNumberAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Records the account's mobile number; <paramref name="confirmed"/> once an SMS code proved it.</summary>
    Task<Result> SetPhoneNumberAsync(string userId, string phoneNumber, bool confirmed, CancellationToken cancellationToken);

    /// <summary>Renames an account (a chat user who corrected their name).</summary>
    Task<Result> SetDisplayNameAsync(string userId, string displayName, CancellationToken cancellationToken);
}

/// <param name="Password">Null for an account that never signs in with a password (a chat user's account).</param>
/// <param name="OwnCasesOnly">See <see cref="Actor.OwnCasesOnly"/>.</param>
public sealed record NewAccount(
    string UserName, string DisplayName, Role Role, string? Password, string? BureauCode, Guid? EnterpriseId, string? LeaderCode, bool OwnCasesOnly = false);
