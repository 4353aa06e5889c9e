namespace ServiceBot.Language.Triage;

/// <summary>Words of a description found in one duty (职责) of a bureau, e.g. “停电” in “供电可靠性与停电”.</summary>
public sealed record DutyHit(string Duty, IReadOnlyList<string> Words);
