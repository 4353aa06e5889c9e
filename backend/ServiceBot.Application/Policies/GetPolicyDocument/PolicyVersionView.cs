namespace ServiceBot.Application.Policies.GetPolicyDocument;

/// <summary>One version of a document: its metadata then, and where it came from.</summary>
public sealed record PolicyVersionView(
    int Number,
    string Title,
    string? DocumentNumber,
    string? IssuingBody,
    string? Publisher,
    string? Region,
    DateOnly? IssuedOn,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveUntil,
    string? ValidityClause,
    string SourceFileName,
    string SourceFormat,
    DateTimeOffset ImportedAt,
    string ImportedBy,
    int ArticleCount);
