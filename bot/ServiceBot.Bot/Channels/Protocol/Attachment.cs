using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceBot.Bot.Channels.Protocol;

/// <summary>A file (by <see cref="ContentUrl"/>) or a card (its JSON in <see cref="Content"/>).</summary>
internal sealed class Attachment
{
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    public JsonElement? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
