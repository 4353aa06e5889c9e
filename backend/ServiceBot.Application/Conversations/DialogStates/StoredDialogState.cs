namespace ServiceBot.Application.Conversations.DialogStates;

/// <summary>A conversation's dialog state as stored: the JSON the dialogs wrote, its version, and when it was written.</summary>
public sealed record StoredDialogState(string ConversationId, string Json, long Version, DateTimeOffset UpdatedAt);
