namespace ServiceBot.Language.Triage;

/// <summary>
/// One line of the labelled set: an enterprise's problem in its own words, the bureau that should lead it, the
/// bureaus that could co-handle it (or are plausible second choices), and its category.
/// </summary>
internal sealed record LabelledProblem(string Text, string Lead, IReadOnlyList<string> Alt, string Category);
