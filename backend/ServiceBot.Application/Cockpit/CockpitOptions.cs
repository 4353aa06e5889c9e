using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Application.Cockpit;

/// <summary>
/// Configuration section <c>Cockpit</c>: how the bureaus' weighted score (赛马) is made and how long the lists are.
/// Each weight says how much its rate counts; rates where less is better (回退率, 延期率, 重办率) count as one minus
/// the rate. No rule fixes the numbers; every county sets its own.
/// </summary>
public sealed class CockpitOptions : IValidatableObject
{
    public const string SectionName = "Cockpit";

    [Range(0.0, 100.0)]
    public double TimelySignForWeight { get; set; } = 10;

    [Range(0.0, 100.0)]
    public double OnTimeAnswerWeight { get; set; } = 25;

    [Range(0.0, 100.0)]
    public double ReturnWeight { get; set; } = 5;

    [Range(0.0, 100.0)]
    public double ExtensionWeight { get; set; } = 5;

    [Range(0.0, 100.0)]
    public double ReopenWeight { get; set; } = 10;

    [Range(0.0, 100.0)]
    public double SatisfactionWeight { get; set; } = 30;

    [Range(0.0, 100.0)]
    public double SolvedWeight { get; set; } = 15;

    /// <summary>Points taken off the score for every working day an answer was late in the period.</summary>
    [Range(0.0, 10.0)]
    public double OverdueDayPenalty { get; set; } = 0.2;

    /// <summary>How many bureaus the top and bottom lists show.</summary>
    [Range(1, 20)]
    public int RankingSize { get; set; } = 5;

    /// <summary>How many months the trend charts show.</summary>
    [Range(3, 36)]
    public int TrendMonths { get; set; } = 12;

    public double TotalWeight => TimelySignForWeight + OnTimeAnswerWeight + ReturnWeight + ExtensionWeight + ReopenWeight + SatisfactionWeight + SolvedWeight;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalWeight <= 0)
        {
            yield return new ValidationResult("At least one of the cockpit's weights must be positive.", [nameof(OnTimeAnswerWeight)]);
        }
    }
}
