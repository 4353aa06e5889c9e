namespace ServiceBot.Domain.Policies;

/// <summary>Everything one version of a policy document consists of, as ingestion produced it.</summary>
public sealed record PolicyVersionContent(
    string Title,
    string? DocumentNumber,
    string? IssuingBody,
    string? Publisher,
    string? Region,
    DateOnly? IssuedOn,
    PolicyValidity Validity,
    string SourceFileName,
    string SourceFormat,
    string? SourceFileKey,
    string ContentHash,
    IReadOnlyList<PolicyArticleContent> Articles);
