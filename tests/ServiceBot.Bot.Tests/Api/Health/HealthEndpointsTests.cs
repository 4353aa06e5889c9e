using System.Text.Json;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Api.Health;

public sealed class HealthEndpointsTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    [Fact]
    public async Task Readyz_WarnsThat2027IsMissing_InNovember2026()
    {
        var response = await app.Anonymous().GetAsync("/readyz");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var calendar = body.GetProperty("checks").GetProperty("calendar");
        Assert.Equal("Degraded", calendar.GetProperty("status").GetString());
        Assert.Contains("2027", calendar.GetProperty("description").GetString());
        Assert.Equal(2027, calendar.GetProperty("data").GetProperty("missingYear").GetInt32());
    }
}
