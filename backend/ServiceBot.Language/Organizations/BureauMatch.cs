namespace ServiceBot.Language.Organizations;

/// <summary>The catalog bureau a written name refers to, how it was recognised, and how similar the two are (1 = same).</summary>
public sealed record BureauMatch(string Code, string Name, BureauMatchKind Kind, double Similarity);
