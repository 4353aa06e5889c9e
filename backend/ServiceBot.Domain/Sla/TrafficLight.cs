namespace ServiceBot.Domain.Sla;

/// <summary>
/// The early-warning light of a clock, in rising severity. <see cref="None"/> means nothing to warn about (or the
/// clock is not running).
/// </summary>
public enum TrafficLight
{
    None = 0,

    /// <summary>蓝灯: the deadline is near (the warning window of <see cref="WarningPolicy"/>).</summary>
    Blue = 1,

    /// <summary>黄灯: the answer is due today, or the sign-for deadline passed unsigned.</summary>
    Yellow = 2,

    /// <summary>红灯: overdue.</summary>
    Red = 3,
}
