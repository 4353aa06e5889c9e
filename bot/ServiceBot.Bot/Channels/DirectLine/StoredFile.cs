using System.Text.Json.Serialization;

namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>An uploaded file as its link names it: conversation, storage key, type, name and size.</summary>
internal sealed record StoredFile(
    [property: JsonPropertyName("c")] string ConversationId,
    [property: JsonPropertyName("k")] string StorageKey,
    [property: JsonPropertyName("t")] string ContentType,
    [property: JsonPropertyName("n")] string Name,
    [property: JsonPropertyName("s")] long Size);
