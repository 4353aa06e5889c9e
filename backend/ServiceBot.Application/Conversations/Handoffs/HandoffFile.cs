namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>A file the user sent during a handoff, already in file storage under <see cref="StorageKey"/>.</summary>
public sealed record HandoffFile(string FileName, string ContentType, long Size, string StorageKey);
