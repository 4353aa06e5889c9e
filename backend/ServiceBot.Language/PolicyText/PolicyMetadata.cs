namespace ServiceBot.Language.PolicyText;

/// <summary>What a policy text says about itself; every field may be missing and overridden by whoever uploads it.</summary>
public sealed record PolicyMetadata(
    string? Title,
    string? DocumentNumber,
    string? IssuingBody,
    string? Publisher,
    string? Region,
    DateOnly? IssuedOn,
    PolicyValidityTerms Validity);
