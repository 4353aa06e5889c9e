namespace ServiceBot.Language.Triage;

/// <summary>
/// A bureau triage considered, with its probability among the catalog's bureaus, the duties the description
/// matched and the description's words that pointed the trained model to it.
/// </summary>
public sealed record TriageCandidate(string Code, string Name, double Confidence, IReadOnlyList<DutyHit> DutyHits, IReadOnlyList<string> Words);
