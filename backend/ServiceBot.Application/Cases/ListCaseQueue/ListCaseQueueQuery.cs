using ServiceBot.Application.Cases.SearchCases;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.ListCaseQueue;

/// <summary>
/// One of the coordinator's or leaders' work queues, most pressing first. The triage and ruling queues are the
/// coordinator office's work alone (answered "forbidden" to anyone else); <see cref="EscalatedTo"/> narrows the
/// escalated queue to one leader.
/// </summary>
[Authorize(Role.Coordinator, Role.CountyLeader)]
public sealed record ListCaseQueueQuery(WorkList Queue, string? Text = null, string? EscalatedTo = null, int? Page = null, int? PageSize = null)
    : IQuery<Result<PagedList<CaseListItem>>>, IPagedRequest;
