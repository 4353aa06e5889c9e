namespace ServiceBot.Language.Triage;

/// <summary>
/// Triage's proposal for one description: the lead bureau, co-handlers, the category, and every bureau of the
/// catalog ranked by probability. <see cref="Explanation"/> is the Chinese sentence shown to the coordinator.
/// </summary>
public sealed record TriageResult(
    TriageCandidate Lead,
    IReadOnlyList<TriageCandidate> CoHandlers,
    IReadOnlyList<TriageCandidate> Ranking,
    string Category,
    double CategoryConfidence,
    string Explanation)
{
    public double Confidence => Lead.Confidence;

    /// <summary>The next most likely bureaus after the lead.</summary>
    public IReadOnlyList<TriageCandidate> Alternatives(int count) => Ranking.Skip(1).Take(count).ToList();

    /// <summary>Whether <paramref name="code"/> is among the <paramref name="k"/> most likely bureaus.</summary>
    public bool InTop(string code, int k) => Ranking.Take(k).Any(c => string.Equals(c.Code, code, StringComparison.Ordinal));
}
