namespace ServiceBot.Infrastructure.Channels;

/// <summary>A stored transcript activity: its sequence number (watermark) and its JSON.</summary>
public sealed record TranscriptEntry(long Sequence, string Payload);
