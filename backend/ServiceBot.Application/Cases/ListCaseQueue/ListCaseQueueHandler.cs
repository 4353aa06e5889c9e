using MediatR;
using ServiceBot.Application.Cases.SearchCases;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.ListCaseQueue;

internal sealed class ListCaseQueueHandler(CaseListReader reader, ICurrentUser currentUser) : IRequestHandler<ListCaseQueueQuery, Result<PagedList<CaseListItem>>>
{
    public Task<Result<PagedList<CaseListItem>>> Handle(ListCaseQueueQuery request, CancellationToken cancellationToken)
    {
        if (request.Queue != WorkList.Escalated && currentUser.Actor?.Role != Role.Coordinator)
        {
            return Task.FromResult<Result<PagedList<CaseListItem>>>(Error.Forbidden("auth.role", "待交办和待裁定由三服务办办理，您的账号无权查看。"));
        }

        var search = request.Queue switch
        {
            WorkList.Triage => new SearchCasesQuery(State: CaseState.Submitted),
            WorkList.Rulings => new SearchCasesQuery(Filter: CaseListFilter.AwaitingRuling),
            _ => new SearchCasesQuery(EscalatedOnly: true, EscalatedTo: request.EscalatedTo),
        };
        return reader.ReadAsync(search with { Text = request.Text, Page = request.Page, PageSize = request.PageSize, Order = CaseListOrder.Deadline }, cancellationToken);
    }
}
