using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Sla;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.SearchCases;

/// <summary>
/// The console's case lists: the bureau inbox, the coordinator's queues, the leaders' lists and every drill-down of
/// the cockpit, within what the caller may see. <see cref="Bureau"/> is the lead bureau, or with
/// <see cref="Metric"/> the bureau the figure counts; <see cref="Metric"/> and <see cref="Period"/> (e.g.
/// <c>2026-11</c>) list the cases behind one figure of the bureaus' report.
/// </summary>
[Authorize(Role.BureauStaff, Role.BureauHead, Role.Coordinator, Role.CountyLeader)]
public sealed record SearchCasesQuery(
    CaseListFilter Filter = CaseListFilter.Open,
    CaseState? State = null,
    CaseListScope Scope = CaseListScope.All,
    string? Bureau = null,
    string? Category = null,
    string? Town = null,
    TrafficLight? Light = null,
    bool EscalatedOnly = false,
    string? EscalatedTo = null,
    string? ContactLeader = null,
    Guid? EnterpriseId = null,
    BureauMetric? Metric = null,
    string? Period = null,
    string? Text = null,
    CaseListOrder Order = CaseListOrder.Deadline,
    int? Page = null,
    int? PageSize = null) : IQuery<Result<PagedList<CaseListItem>>>, IPagedRequest;
