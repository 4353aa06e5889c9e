using ServiceBot.Domain.Cases;

namespace ServiceBot.Domain.Sla;

/// <summary>An answer deadline for the cases matching every field that is set; unset fields match anything.</summary>
public sealed record SlaAnswerRule(CaseType? Type, string? Category, CaseComplexity? Complexity, int WorkingDays)
{
    public int Specificity => (Type is null ? 0 : 1) + (Category is null ? 0 : 1) + (Complexity is null ? 0 : 1);

    public bool Matches(CaseType type, string? category, CaseComplexity complexity) =>
        (Type is null || Type == type)
        && (Category is null || string.Equals(Category, category, StringComparison.Ordinal))
        && (Complexity is null || Complexity == complexity);
}
