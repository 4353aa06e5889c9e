using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Application.Cases.SearchCases;

/// <summary>
/// Reads a case list for the caller: the search itself and the work queues built on it. A bureau member's light and
/// order come from their own bureau's clocks (the lead's clocks, or their co-handler report clock).
/// </summary>
internal sealed class CaseListReader(IApplicationDbContext db, LifecycleContextFactory contexts)
{
    public async Task<Result<PagedList<CaseListItem>>> ReadAsync(SearchCasesQuery request, CancellationToken cancellationToken)
    {
        var context = contexts.Create();
        var (page, pageSize) = PageRequest.Normalize(request.Page, request.PageSize);
        var cases = await FilterAsync(db.Cases.AsNoTracking().VisibleTo(context.Actor), request, context, cancellationToken).ConfigureAwait(false);

        var mine = context.Actor is { IsBureauMember: true, BureauCode: { } code } ? code : null;
        var total = await cases.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await Order(cases, request.Order, mine)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(c => new
            {
                c.Id,
                c.Number,
                c.Title,
                c.Type,
                c.Category,
                c.State,
                c.Urgency,
                c.EscalationLevel,
                Enterprise = db.Enterprises.Where(e => e.Id == c.EnterpriseId).Select(e => new { e.Name, e.Town }).FirstOrDefault(),
                c.LeadBureauCode,
                c.SuggestedBureauCode,
                c.TriageConfidence,
                c.SubmittedAt,
            })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        var ids = rows.Select(r => r.Id).ToList();
        var clocks = (await db.Cases.AsNoTracking()
                .Where(c => ids.Contains(c.Id))
                .SelectMany(c => c.Clocks.Where(k => k.Status == ClockStatus.Running || k.Status == ClockStatus.Paused), (c, k) => new { c.Id, c.LeadBureauCode, Clock = k })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false))
            .Where(x => mine is null || (x.Clock.BureauCode is null && x.LeadBureauCode == mine) || x.Clock.BureauCode == mine)
            .ToLookup(x => x.Id, x => CaseDetailMapper.ToView(x.Clock, context.Deadlines, context.Now, context.Sla));
        var bureaus = await db.Bureaus.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        BureauRef? Ref(string? code) => code is null ? null : new BureauRef(code, bureaus.TryGetValue(code, out var name) ? name : code);

        var items = rows.Select(r =>
        {
            var pressing = clocks[r.Id]
                .OrderByDescending(k => k.Light)
                .ThenBy(k => k.Kind == ClockKind.Evaluation)
                .ThenBy(k => k.DueAt)
                .FirstOrDefault();
            return new CaseListItem(
                r.Number,
                r.Title,
                r.Type.ToChinese(),
                r.Category,
                r.State,
                r.State.ToChinese(),
                r.Urgency,
                r.EscalationLevel,
                r.Enterprise?.Name ?? string.Empty,
                r.Enterprise?.Town,
                Ref(r.LeadBureauCode),
                Ref(r.SuggestedBureauCode),
                r.TriageConfidence,
                context.Deadlines.ToLocal(r.SubmittedAt),
                pressing,
                pressing?.Light ?? TrafficLight.None);
        }).ToList();
        return new PagedList<CaseListItem>(items, page, pageSize, total);
    }

    private async Task<IQueryable<Case>> FilterAsync(IQueryable<Case> cases, SearchCasesQuery request, LifecycleContext context, CancellationToken cancellationToken)
    {
        cases = request.Filter switch
        {
            CaseListFilter.Open => cases.WhereOpen(),
            CaseListFilter.Finished => cases.Where(c => c.State == CaseState.Closed || c.State == CaseState.Withdrawn || c.State == CaseState.Merged),
            CaseListFilter.AwaitingRuling => cases.Where(c => c.State == CaseState.ReturnRequested || c.State == CaseState.ExtensionRequested),
            _ => cases,
        };

        if (request.State is { } state)
        {
            cases = state == CaseState.InProgress
                ? cases.Where(c => c.State == CaseState.Handling || c.State == CaseState.AwaitingInformation
                    || c.State == CaseState.ExtensionRequested || c.State == CaseState.AnswerPendingApproval)
                : cases.Where(c => c.State == state);
        }

        if (context.Actor is { IsBureauMember: true, BureauCode: { } mine })
        {
            cases = request.Scope switch
            {
                CaseListScope.Lead => cases.Where(c => c.LeadBureauCode == mine),
                CaseListScope.CoHandled => cases.Where(c => c.LeadBureauCode != mine && c.CoHandlers.Any(h => h.BureauCode == mine)),
                _ => cases,
            };
        }

        if (!string.IsNullOrWhiteSpace(request.Bureau) && request.Metric is null)
        {
            cases = cases.Where(c => c.LeadBureauCode == request.Bureau);
        }

        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            cases = cases.Where(c => c.Category == request.Category);
        }

        if (!string.IsNullOrWhiteSpace(request.Town))
        {
            var inTown = db.Enterprises.Where(e => e.Town == request.Town).Select(e => e.Id);
            cases = cases.Where(c => inTown.Contains(c.EnterpriseId));
        }

        if (!string.IsNullOrWhiteSpace(request.ContactLeader))
        {
            var keyEnterprises = db.Enterprises.Where(e => e.ContactLeaderCode == request.ContactLeader).Select(e => e.Id);
            cases = cases.Where(c => keyEnterprises.Contains(c.EnterpriseId));
        }

        if (request.EnterpriseId is { } enterprise)
        {
            cases = cases.Where(c => c.EnterpriseId == enterprise);
        }

        if (request.EscalatedOnly)
        {
            cases = cases.Where(c => c.EscalationLevel == EscalationLevel.Elevated);
        }

        if (!string.IsNullOrWhiteSpace(request.EscalatedTo))
        {
            cases = cases.Where(c => c.EscalatedToLeaderCode == request.EscalatedTo);
        }

        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            var text = request.Text.Trim();
            var named = db.Enterprises.Where(e => e.Name.Contains(text)).Select(e => e.Id);
            cases = cases.Where(c => c.Number.Contains(text) || c.Title.Contains(text) || c.Description.Contains(text) || named.Contains(c.EnterpriseId));
        }

        if (request.Light is { } light)
        {
            cases = await CaseLights.WhereLightAsync(cases, db, light, context, cancellationToken).ConfigureAwait(false);
        }

        if (request.Metric is { } metric && ReportPeriod.TryParse(request.Period, out var period))
        {
            var window = MetricWindow.Create(period, context.Deadlines, context.Now);
            cases = await BureauMetricQueries.FilterAsync(cases, db, metric, window, string.IsNullOrWhiteSpace(request.Bureau) ? null : request.Bureau, cancellationToken)
                .ConfigureAwait(false);
        }

        return cases;
    }

    private static IQueryable<Case> Order(IQueryable<Case> cases, CaseListOrder order, string? mine) => order == CaseListOrder.Newest
        ? cases.OrderByDescending(c => c.SubmittedAt).ThenBy(c => c.Number)
        : cases
            .OrderBy(c => c.Clocks.Any(k => (k.Status == ClockStatus.Running || k.Status == ClockStatus.Paused) && k.Kind != ClockKind.Evaluation
                && (mine == null || (k.BureauCode == null && c.LeadBureauCode == mine) || k.BureauCode == mine)) ? 0 : 1)
            .ThenBy(c => c.Clocks
                .Where(k => (k.Status == ClockStatus.Running || k.Status == ClockStatus.Paused) && k.Kind != ClockKind.Evaluation
                    && (mine == null || (k.BureauCode == null && c.LeadBureauCode == mine) || k.BureauCode == mine))
                .Min(k => (DateTimeOffset?)k.DueAt))
            .ThenBy(c => c.Urgency == CaseUrgency.Urgent ? 0 : 1)
            .ThenBy(c => c.SubmittedAt);
}
