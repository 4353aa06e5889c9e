using MediatR;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.SearchCases;

internal sealed class SearchCasesHandler(CaseListReader reader) : IRequestHandler<SearchCasesQuery, Result<PagedList<CaseListItem>>>
{
    public Task<Result<PagedList<CaseListItem>>> Handle(SearchCasesQuery request, CancellationToken cancellationToken) => reader.ReadAsync(request, cancellationToken);
}
