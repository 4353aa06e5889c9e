namespace ServiceBot.Dialogs.Turns;

/// <summary>
/// A file the user sent. The channel layer has already stored it behind the file storage port, so dialogs only
/// ever see the storage key, never a channel URL.
/// </summary>
public sealed record TurnAttachment(string FileName, string ContentType, long Size, string StorageKey);
