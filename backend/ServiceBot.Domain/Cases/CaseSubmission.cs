namespace ServiceBot.Domain.Cases;

/// <summary>What an enterprise (or someone on its behalf) reports.</summary>
public sealed record CaseSubmission(
    Guid EnterpriseId,
    CaseType Type,
    string? Category,
    string? Description,
    CaseUrgency Urgency,
    string? UrgencyReason,
    CaseComplexity Complexity,
    string? ContactName,
    string? ContactMobile,
    string? Channel,
    string? ConversationId = null);
