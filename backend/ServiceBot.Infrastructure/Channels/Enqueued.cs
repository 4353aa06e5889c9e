namespace ServiceBot.Infrastructure.Channels;

/// <summary>What became of an inbound activity: its queue id, whether it was a retry, and its transcript sequence when echoed.</summary>
public sealed record Enqueued(long InboundId, bool Duplicate, long? EchoSequence);
