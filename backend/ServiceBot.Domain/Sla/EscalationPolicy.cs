using ServiceBot.Domain.Cases;

namespace ServiceBot.Domain.Sla;

/// <summary>
/// The escalation ladder (催办 → 督办 → 提级). Overdue is counted in working days after the due day: "overdue by 2
/// working days" is reached at 24:00 of the 2nd working day after it. Every number is configuration (section
/// <c>Escalation</c>); the defaults follow common county practice for 企业诉求 supervision.
/// </summary>
public sealed class EscalationPolicy
{
    /// <summary>The clocks whose overdue climbs the ladder; the others only show lights.</summary>
    public IReadOnlySet<ClockKind> Clocks { get; init; } = new HashSet<ClockKind> { ClockKind.Answer };

    /// <summary>Level 1, 催办 to the handler and the bureau head: as soon as the clock is overdue.</summary>
    public int UrgeAfterOverdueWorkingDays { get; init; }

    /// <summary>Level 2, 督办 by the coordinator office.</summary>
    public int SuperviseAfterOverdueWorkingDays { get; init; } = 2;

    /// <summary>Level 3, 提级 to the county leader in charge of the lead bureau.</summary>
    public int ElevateAfterOverdueWorkingDays { get; init; } = 5;

    /// <summary>提级 when the enterprise was unsatisfied this many times with the same case; 0 switches the rule off.</summary>
    public int ElevateAfterUnsatisfiedEvaluations { get; init; } = 2;

    /// <summary>提级 when the same case was returned (退单 approved) this many times; 0 switches the rule off.</summary>
    public int ElevateAfterReturns { get; init; } = 2;

    /// <summary>The overdue working days of each step, step 1 (催办) first.</summary>
    public IReadOnlyList<int> OverdueWorkingDaysByStep =>
        [UrgeAfterOverdueWorkingDays, SuperviseAfterOverdueWorkingDays, ElevateAfterOverdueWorkingDays];

    public bool Escalates(ClockKind kind) => Clocks.Contains(kind);

    /// <summary>Whether the case's counters alone call for 提级 (repeated unsatisfied evaluations or returns).</summary>
    public string? RepeatReason(int unsatisfiedCount, int returnCount)
    {
        if (ElevateAfterUnsatisfiedEvaluations > 0 && unsatisfiedCount >= ElevateAfterUnsatisfiedEvaluations)
        {
            return $"企业已{unsatisfiedCount}次评价不满意";
        }

        return ElevateAfterReturns > 0 && returnCount >= ElevateAfterReturns ? $"同一诉求已退单{returnCount}次" : null;
    }
}
