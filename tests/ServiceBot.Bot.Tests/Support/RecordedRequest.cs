using System.Text.Json;

namespace ServiceBot.Bot.Tests.Support;

public sealed record RecordedRequest(string Method, Uri Uri, string? Authorization, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
