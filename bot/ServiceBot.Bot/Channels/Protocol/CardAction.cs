using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceBot.Bot.Channels.Protocol;

/// <summary>A button; <c>imBack</c> sends <see cref="Value"/> as the user's message.</summary>
internal sealed class CardAction
{
    public string? Type { get; set; }

    public string? Title { get; set; }

    public JsonElement? Value { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
