using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Calendar.GetHolidayCalendar;

/// <summary>The holiday notices the deadlines are counted with. Public: the same facts are in the State Council's notices.</summary>
[AllowAnonymous]
public sealed record GetHolidayCalendarQuery : IQuery<Result<HolidayCalendarView>>;
