using MediatR;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Accounts.ListAccounts;

internal sealed class ListAccountsHandler(IAccountStore accounts) : IRequestHandler<ListAccountsQuery, Result<PagedList<AccountView>>>
{
    public async Task<Result<PagedList<AccountView>>> Handle(ListAccountsQuery request, CancellationToken cancellationToken)
    {
        var (page, pageSize) = PageRequest.Normalize(request.Page, request.PageSize);
        return await accounts.ListAsync(request.Role, request.Bureau, request.Text, page, pageSize, cancellationToken).ConfigureAwait(false);
    }
}
