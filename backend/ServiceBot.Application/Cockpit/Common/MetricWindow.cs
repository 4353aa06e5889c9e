using ServiceBot.Domain.Calendar;

namespace ServiceBot.Application.Cockpit.Common;

/// <summary>A reporting period as the figures query it: its days, its instants, and the moment the figures are taken.</summary>
public sealed record MetricWindow(ReportPeriod Period, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset Now)
{
    public static MetricWindow Create(ReportPeriod period, DeadlineCalculator deadlines, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (start, end) = period.Instants(deadlines);
        return new MetricWindow(period, period.FirstDay, period.LastDay, start, end, now);
    }
}
