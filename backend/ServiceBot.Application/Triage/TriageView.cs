namespace ServiceBot.Application.Triage;

/// <summary>
/// The answer of <c>POST /api/triage</c>: the proposed lead bureau, how sure triage is and why (in Chinese), the
/// next-best bureaus, proposed co-handlers, the category, and whether a case with this description would be
/// dispatched automatically under the current settings.
/// </summary>
public sealed record TriageView(
    TriageBureau Bureau,
    double Confidence,
    string Explanation,
    IReadOnlyList<TriageAlternative> Alternatives,
    IReadOnlyList<TriageBureau> CoHandlers,
    string Category,
    double CategoryConfidence,
    bool AutoDispatch);

public sealed record TriageBureau(string Code, string Name);

public sealed record TriageAlternative(string Code, string Name, double Confidence);
