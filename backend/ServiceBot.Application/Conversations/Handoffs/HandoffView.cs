namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>A handoff as the coordinator's queue and the chat see it.</summary>
public sealed record HandoffView(
    Guid Id,
    string ConversationId,
    string? UserId,
    string? UserName,
    Guid? EnterpriseId,
    string? EnterpriseName,
    string Reason,
    HandoffStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? AcceptedAt,
    string? AcceptedByName,
    DateTimeOffset? ClosedAt,
    HandoffParty? ClosedBy,
    int MessageCount,
    DateTimeOffset LastMessageAt);
