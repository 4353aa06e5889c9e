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
}

public sealed record NewAccount(string UserName, string DisplayName, Role Role, string Password, string? BureauCode, Guid? EnterpriseId, string? LeaderCode);
