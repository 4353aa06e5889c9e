using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications;

/// <summary>
/// Sends proactive messages into entrepreneurs' conversations. Calls only queue the message durably (in the caller's
/// transaction, so an outbox reaction queues it exactly once); a background delivery sends it with retries and
/// backoff. A message for someone who is offline waits in their conversation.
/// </summary>
public interface IChatNotifier
{
    /// <summary>
    /// To the conversation the case was reported in; for a case without one (reported by phone, through the API), to
    /// the latest conversation of every account of the case's enterprise. Idempotent per (event, conversation).
    /// </summary>
    Task ToEnterpriseOfCaseAsync(CaseEvent source, ChatMessage message, CancellationToken cancellationToken);

    /// <summary>To the latest conversation of the account <paramref name="userId"/>. Idempotent per (source, conversation).</summary>
    Task ToUserAsync(Guid sourceId, string userId, ChatMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// To the conversation <paramref name="conversationId"/> (a <see cref="Conversations.ChatConversation.Id"/>), whoever
    /// the user is — also an anonymous one, as in a handoff; nothing when the conversation is unknown. Idempotent per
    /// (source, conversation).
    /// </summary>
    Task ToConversationAsync(Guid sourceId, string conversationId, ChatMessage message, CancellationToken cancellationToken);
}
