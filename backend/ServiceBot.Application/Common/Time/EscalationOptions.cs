using System.ComponentModel.DataAnnotations;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Application.Common.Time;

/// <summary>
/// Configuration section <c>Escalation</c>: the traffic lights and the escalation ladder (催办 → 督办 → 提级). No
/// national rule fixes these numbers; the defaults (see <see cref="EscalationPolicy"/> and <see cref="WarningPolicy"/>)
/// follow common county practice and every deployment may change them.
/// </summary>
public sealed class EscalationOptions : IValidatableObject
{
    public const string SectionName = "Escalation";

    /// <summary>The clocks whose overdue climbs the ladder; empty means the answer clock only.</summary>
    public IList<ClockKind> Clocks { get; } = [];

    [Range(0, 60)]
    public int UrgeAfterOverdueWorkingDays { get; set; }

    [Range(0, 60)]
    public int SuperviseAfterOverdueWorkingDays { get; set; } = 2;

    [Range(0, 60)]
    public int ElevateAfterOverdueWorkingDays { get; set; } = 5;

    /// <summary>0 switches the rule off.</summary>
    [Range(0, 20)]
    public int ElevateAfterUnsatisfiedEvaluations { get; set; } = 2;

    /// <summary>0 switches the rule off.</summary>
    [Range(0, 20)]
    public int ElevateAfterReturns { get; set; } = 2;

    /// <summary>Working-day clocks turn blue at 00:00 of this many working days before the due day.</summary>
    [Range(0, 30)]
    public int BlueWorkingDaysBeforeDue { get; set; } = 1;

    /// <summary>Optionally also blue once no more than this share of a working-day clock is left.</summary>
    [Range(0.0, 1.0)]
    public double? BlueRemainingShare { get; set; }

    [Range(0.0, 1.0)]
    public double HourClockBlueRemainingShare { get; set; } = 0.25;

    public WarningPolicy ToWarningPolicy() => new()
    {
        BlueWorkingDaysBeforeDue = BlueWorkingDaysBeforeDue,
        BlueRemainingShare = BlueRemainingShare,
        HourClockBlueRemainingShare = HourClockBlueRemainingShare,
    };

    public EscalationPolicy ToEscalationPolicy() => new()
    {
        Clocks = Clocks.Count == 0 ? new HashSet<ClockKind> { ClockKind.Answer } : Clocks.ToHashSet(),
        UrgeAfterOverdueWorkingDays = UrgeAfterOverdueWorkingDays,
        SuperviseAfterOverdueWorkingDays = SuperviseAfterOverdueWorkingDays,
        ElevateAfterOverdueWorkingDays = ElevateAfterOverdueWorkingDays,
        ElevateAfterUnsatisfiedEvaluations = ElevateAfterUnsatisfiedEvaluations,
        ElevateAfterReturns = ElevateAfterReturns,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UrgeAfterOverdueWorkingDays > SuperviseAfterOverdueWorkingDays || SuperviseAfterOverdueWorkingDays > ElevateAfterOverdueWorkingDays)
        {
            yield return new ValidationResult(
                "The ladder must climb: UrgeAfterOverdueWorkingDays ≤ SuperviseAfterOverdueWorkingDays ≤ ElevateAfterOverdueWorkingDays.",
                [nameof(UrgeAfterOverdueWorkingDays), nameof(SuperviseAfterOverdueWorkingDays), nameof(ElevateAfterOverdueWorkingDays)]);
        }

        if (Clocks.Contains(ClockKind.Evaluation))
        {
            yield return new ValidationResult("The evaluation clock closes the case when it expires; it cannot escalate.", [nameof(Clocks)]);
        }
    }
}
