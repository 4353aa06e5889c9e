namespace ServiceBot.Domain.Sla;

/// <summary>
/// When a clock turns blue (蓝灯预警). No national rule fixes it; the default warns on the last working day before
/// the due day, which is also the last day on which an extension may still be requested (see
/// <see cref="SlaPolicy.ExtensionNoticeWorkingDays"/>).
/// </summary>
public sealed class WarningPolicy
{
    /// <summary>
    /// Working-day clocks turn blue at 00:00 of the N-th working day before the due day (1: the last working day
    /// before it; 0: the due day itself). Never before the first working day the clock counts.
    /// </summary>
    public int BlueWorkingDaysBeforeDue { get; init; } = 1;

    /// <summary>
    /// When set, a working-day clock also turns blue once no more than this share of its working days is left
    /// (0.2 of a 30-day clock: the last 6 working days); the earlier of the two rules wins.
    /// </summary>
    public double? BlueRemainingShare { get; init; }

    /// <summary>Natural-hour clocks turn blue when this share of their time is left (0.25 of 2 hours: the last 30 minutes).</summary>
    public double HourClockBlueRemainingShare { get; init; } = 0.25;
}
