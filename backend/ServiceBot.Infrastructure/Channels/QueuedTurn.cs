namespace ServiceBot.Infrastructure.Channels;

/// <summary>An inbound activity taken from a conversation's turn queue for processing.</summary>
public sealed record QueuedTurn(long Id, string ConversationId, string Source, InboundMode Mode, string Payload, DateTimeOffset ReceivedAt);
