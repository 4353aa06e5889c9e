using System.Text.Json;
using ServiceBot.Bot.Channels.Protocol;

namespace ServiceBot.Bot.Channels.Turns;

/// <summary>The invoke response stored as an invoke turn's outcome: the HTTP status and body the channel gets.</summary>
internal sealed record InvokeOutcome(int Status, JsonElement? Body)
{
    /// <summary>An <c>adaptiveCard/action</c> that became a message turn: the card shows a short confirmation.</summary>
    public static string Handled() => JsonSerializer.Serialize(
        new InvokeOutcome(200, JsonSerializer.SerializeToElement(new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "已收到" })),
        ActivityJson.Options);
}
