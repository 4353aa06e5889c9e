using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Calendar.ImportHolidayNotices;

/// <summary>
/// Loads one or more years' 放假调休 arrangements in the format of the shipped <c>cn-holidays-*.json</c>; a year
/// already stored is replaced (a corrected notice). Deadlines that were provisional for those years are recounted.
/// The coordinator's office may load it as well as an administrator: it keeps the deadline rules the bureaus are
/// judged by, and the notice is published at the end of the year, when an administrator may not be at hand.
/// </summary>
[Authorize(Role.Admin, Role.Coordinator)]
public sealed record ImportHolidayNoticesCommand(string Json) : ICommand<Result<HolidayCalendarView>>;
