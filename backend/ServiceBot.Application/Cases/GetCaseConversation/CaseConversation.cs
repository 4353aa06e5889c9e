using ServiceBot.Application.Conversations;

namespace ServiceBot.Application.Cases.GetCaseConversation;

/// <summary>The conversation a case came from (null when it came by phone, the API or the console) and its excerpt, in China time.</summary>
public sealed record CaseConversation(string? ConversationId, string? Channel, IReadOnlyList<ChatLine> Lines);
