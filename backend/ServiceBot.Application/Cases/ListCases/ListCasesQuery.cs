using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.ListCases;

/// <summary>The cases the caller may see, filtered and paged, newest first.</summary>
[Authorize]
public sealed record ListCasesQuery(
    CaseState? State = null,
    string? Bureau = null,
    bool? Overdue = null,
    string? Text = null,
    int? Page = null,
    int? PageSize = null) : IQuery<Result<PagedList<CaseSummary>>>;
