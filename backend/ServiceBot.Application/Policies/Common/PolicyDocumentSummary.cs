using ServiceBot.Domain.Policies;

namespace ServiceBot.Application.Policies.Common;

/// <summary>A policy document as lists show it: its current version's metadata and whether it applies today.</summary>
public sealed record PolicyDocumentSummary(
    Guid Id,
    string? Key,
    string Title,
    PolicyDocumentStatus Status,
    int CurrentVersion,
    string? DocumentNumber,
    string? IssuingBody,
    string? Publisher,
    string? Region,
    DateOnly? IssuedOn,
    PolicyValidityView Validity,
    int ArticleCount,
    string SourceFileName,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason);
