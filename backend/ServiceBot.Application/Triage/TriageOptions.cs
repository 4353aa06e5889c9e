using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Application.Triage;

/// <summary>
/// Configuration section <c>Triage</c>: when a new case is dispatched automatically to the bureau triage proposes,
/// and when it waits in the coordinator's queue.
/// </summary>
public sealed class TriageOptions
{
    public const string SectionName = "Triage";

    /// <summary>Dispatch confident proposals automatically. Off: every new case waits for the coordinator.</summary>
    public bool AutoDispatch { get; set; } = true;

    /// <summary>
    /// The confidence from which a proposal is dispatched automatically. At 0.7 about two thirds of the held-out
    /// descriptions were dispatched automatically and 94% of those went to the right bureau (README).
    /// </summary>
    [Range(0.0, 1.0)]
    public double AutoDispatchThreshold { get; set; } = 0.7;

    /// <summary>
    /// Add the proposed co-handlers when dispatching automatically. Off by default: proposed co-handlers matched
    /// the labelled ones too rarely to burden bureaus with them unreviewed (README); the coordinator still sees them.
    /// </summary>
    public bool AutoDispatchCoHandlers { get; set; }

    /// <summary>How many next-best bureaus the triage API lists.</summary>
    [Range(0, 10)]
    public int Alternatives { get; set; } = 3;
}
