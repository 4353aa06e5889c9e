namespace ServiceBot.Infrastructure.Channels;

/// <summary>A processed inbound activity: when, and what its sender waits for (JSON), if anything.</summary>
public sealed record TurnOutcome(DateTimeOffset ProcessedAt, string? Outcome, string? Error);
