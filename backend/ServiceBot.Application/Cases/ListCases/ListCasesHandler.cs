using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.ListCases;

internal sealed class ListCasesHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : IRequestHandler<ListCasesQuery, Result<PagedList<CaseSummary>>>
{
    public async Task<Result<PagedList<CaseSummary>>> Handle(ListCasesQuery request, CancellationToken cancellationToken)
    {
        var context = contexts.Create();
        var now = context.Now;
        var (page, pageSize) = PageRequest.Normalize(request.Page, request.PageSize);
        var cases = db.Cases.AsNoTracking().VisibleTo(context.Actor);

        if (request.State is { } state)
        {
            cases = state == CaseState.InProgress
                ? cases.Where(c => c.State == CaseState.Handling || c.State == CaseState.AwaitingInformation
                    || c.State == CaseState.ExtensionRequested || c.State == CaseState.AnswerPendingApproval)
                : cases.Where(c => c.State == state);
        }

        if (!string.IsNullOrWhiteSpace(request.Bureau))
        {
            cases = cases.Where(c => c.LeadBureauCode == request.Bureau || c.CoHandlers.Any(h => h.BureauCode == request.Bureau));
        }

        if (request.Overdue is { } overdue)
        {
            cases = overdue
                ? cases.Where(c => c.Clocks.Any(k => k.Status == ClockStatus.Running && k.DueAt <= now))
                : cases.Where(c => !c.Clocks.Any(k => k.Status == ClockStatus.Running && k.DueAt <= now));
        }

        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            var text = request.Text.Trim();
            var enterpriseIds = db.Enterprises.Where(e => e.Name.Contains(text)).Select(e => e.Id);
            cases = cases.Where(c => c.Number.Contains(text) || c.Title.Contains(text) || c.Description.Contains(text) || enterpriseIds.Contains(c.EnterpriseId));
        }

        var total = await cases.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await cases
            .OrderByDescending(c => c.SubmittedAt)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(c => new
            {
                c.Number,
                c.Title,
                c.Type,
                c.Category,
                c.State,
                c.Urgency,
                c.EscalationLevel,
                EnterpriseName = db.Enterprises.Where(e => e.Id == c.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
                c.LeadBureauCode,
                LeadBureauName = db.Bureaus.Where(b => b.Code == c.LeadBureauCode).Select(b => b.Name).FirstOrDefault(),
                c.SubmittedAt,
                AnswerDue = c.Clocks
                    .Where(k => k.Kind == ClockKind.Answer && (k.Status == ClockStatus.Running || k.Status == ClockStatus.Paused))
                    .Select(k => (DateTimeOffset?)k.DueAt)
                    .FirstOrDefault(),
                Overdue = c.Clocks.Any(k => k.Status == ClockStatus.Running && k.DueAt <= now),
            })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        var deadlines = context.Deadlines;
        var items = rows.Select(r => new CaseSummary(
            r.Number,
            r.Title,
            r.Type,
            r.Category,
            r.State,
            r.State.ToChinese(),
            r.Urgency,
            r.EscalationLevel,
            r.EnterpriseName ?? string.Empty,
            r.LeadBureauCode is null ? null : new BureauRef(r.LeadBureauCode, r.LeadBureauName ?? r.LeadBureauCode),
            deadlines.ToLocal(r.SubmittedAt),
            r.AnswerDue is { } due ? deadlines.ToLocal(due) : null,
            r.Overdue)).ToList();
        return new PagedList<CaseSummary>(items, page, pageSize, total);
    }
}
