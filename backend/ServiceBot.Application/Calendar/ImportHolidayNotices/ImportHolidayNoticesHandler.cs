using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Calendar;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Calendar.ImportHolidayNotices;

internal sealed class ImportHolidayNoticesHandler(IHolidayNoticeStore store, ICalendarProvider calendar, IApplicationDbContext db, LifecycleContextFactory contexts)
    : IRequestHandler<ImportHolidayNoticesCommand, Result<HolidayCalendarView>>
{
    public async Task<Result<HolidayCalendarView>> Handle(ImportHolidayNoticesCommand request, CancellationToken cancellationToken)
    {
        var parsed = HolidayNoticeFormat.Parse(request.Json);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        var previous = calendar.Deadlines.Calendar;
        var all = await store.SaveAsync(parsed.Value, cancellationToken).ConfigureAwait(false);

        // Used at once by this instance (other instances pick the change up at their next deadline sweep). Should
        // the transaction still fail, the next reload from the database puts the calendar back.
        calendar.Use(all);

        var context = contexts.Create();
        var provisional = await db.Cases
            .Include(c => c.CoHandlers)
            .Include(c => c.Clocks)
            .Where(c => c.Clocks.Any(k => k.Provisional && (k.Status == ClockStatus.Running || k.Status == ClockStatus.Paused)))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var recounted = provisional.Sum(c => c.RecountProvisionalDeadlines(previous, context));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var records = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return HolidayCalendarView.From(records, calendar.Deadlines, context.Now, recounted);
    }
}
