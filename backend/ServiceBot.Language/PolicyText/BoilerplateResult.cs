namespace ServiceBot.Language.PolicyText;

/// <summary>The lines of the policy itself, the publisher a "来源:" line named, and what was removed (for review).</summary>
public sealed record BoilerplateResult(IReadOnlyList<SourceLine> Lines, string? Publisher, IReadOnlyList<string> Removed);
