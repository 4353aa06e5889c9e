namespace ServiceBot.Application.Conversations;

/// <summary>Reads what was said in a chat conversation, for staff looking at the case it produced.</summary>
public interface IConversationTranscripts
{
    /// <summary>
    /// The last <paramref name="max"/> messages of conversation <paramref name="conversationId"/> (a
    /// <see cref="ChatConversation.Id"/>) up to <paramref name="until"/>, oldest first; empty when the channel keeps no
    /// transcript (Bot Framework channels keep theirs).
    /// </summary>
    Task<IReadOnlyList<ChatLine>> ReadUntilAsync(string conversationId, DateTimeOffset until, int max, CancellationToken cancellationToken);
}
