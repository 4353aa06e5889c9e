namespace ServiceBot.Application.Cases.Common;

/// <summary>A file sent with an action (an answer with its documents), read once and stored with the action.</summary>
public sealed record NewAttachment(string FileName, string ContentType, long Size, Stream Content);
