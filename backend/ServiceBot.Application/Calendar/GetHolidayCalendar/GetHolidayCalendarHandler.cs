using MediatR;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Calendar.GetHolidayCalendar;

internal sealed class GetHolidayCalendarHandler(IHolidayNoticeStore store, ICalendarProvider calendar, TimeProvider time)
    : IRequestHandler<GetHolidayCalendarQuery, Result<HolidayCalendarView>>
{
    public async Task<Result<HolidayCalendarView>> Handle(GetHolidayCalendarQuery request, CancellationToken cancellationToken)
    {
        var records = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return HolidayCalendarView.From(records, calendar.Deadlines, time.GetUtcNow());
    }
}
