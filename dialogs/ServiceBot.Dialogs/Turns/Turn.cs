namespace ServiceBot.Dialogs.Turns;

/// <summary>
/// One inbound turn as dialogs see it. The bot host translates Bot Framework activities into this; no protocol
/// type crosses into <c>dialogs/</c>.
/// </summary>
/// <param name="ConversationId">The conversation, unique across channels (the host prefixes the channel id).</param>
/// <param name="UserId">The user's id on the channel, stable across their conversations on that channel.</param>
/// <param name="Value">What a card submit or a postBack carried, as JSON text; null for typed text.</param>
public sealed record Turn(
    TurnKind Kind,
    string ConversationId,
    string ChannelId,
    string UserId,
    string? UserName,
    string? Text,
    string? Value,
    IReadOnlyList<TurnAttachment> Attachments,
    string Locale,
    DateTimeOffset Timestamp,
    string? EventName = null);
