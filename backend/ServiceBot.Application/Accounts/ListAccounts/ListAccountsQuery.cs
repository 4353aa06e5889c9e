using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Accounts.ListAccounts;

[Authorize(Domain.Users.Role.Admin)]
public sealed record ListAccountsQuery(Domain.Users.Role? Role = null, string? Bureau = null, string? Text = null, int? Page = null, int? PageSize = null)
    : IQuery<Result<PagedList<AccountView>>>;
