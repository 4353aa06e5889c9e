using System.Globalization;
using MediatR;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Calendar.ComputeDeadline;

internal sealed class ComputeDeadlineHandler(ICalendarProvider calendar) : IRequestHandler<ComputeDeadlineQuery, Result<DeadlineView>>
{
    public Task<Result<DeadlineView>> Handle(ComputeDeadlineQuery request, CancellationToken cancellationToken)
    {
        if (!IsoInstant.TryParse(request.From, out var from))
        {
            // The validator refuses this before the handler runs.
            throw new InvalidOperationException("from was not validated.");
        }

        var deadlines = calendar.Deadlines;
        var start = deadlines.LocalDate(from);
        DeadlineView view;
        if (int.TryParse(request.WorkingDays, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            var deadline = deadlines.AddWorkingDays(from, days);
            var explanation = $"起算日 {start:yyyy-MM-dd} 不计，其后第 {days} 个工作日为 {deadline.DueDate:yyyy-MM-dd}，时限至该日24时"
                + (deadline.Provisional ? "；所跨年度的节假日安排尚未导入，仅按周末计算，结果为暂定。" : "。");
            view = new DeadlineView(deadline.Due, deadline.DueDate, deadline.Provisional, deadlines.ToLocal(from), days, null, deadlines.TimeZone.Id, explanation);
        }
        else
        {
            var hours = double.Parse(request.Hours!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var deadline = deadlines.AddHours(from, hours);
            var explanation = $"自然小时连续计算（含夜间和节假日）：{hours.ToString(CultureInfo.InvariantCulture)} 小时后为 {deadline.Due:yyyy-MM-dd HH:mm}。";
            view = new DeadlineView(deadline.Due, deadline.DueDate, deadline.Provisional, deadlines.ToLocal(from), null, hours, deadlines.TimeZone.Id, explanation);
        }

        return Task.FromResult<Result<DeadlineView>>(view);
    }
}
