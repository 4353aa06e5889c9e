using System.Net;
using System.Text.Json;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Api.Health;

public sealed class HealthEndpointsTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    [Fact]
    public async Task Healthz_AnswersHealthy_WithoutTouchingDependencies()
    {
        var response = await app.Anonymous().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_ReportsTheDatabaseCheck_InItsDetails()
    {
        var report = await (await app.Anonymous().GetAsync("/readyz")).OkJsonAsync();

        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesTheCaseEndpoints()
    {
        var document = await (await app.Anonymous().GetAsync("/openapi/v1.json")).OkJsonAsync();

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/cases/{number}/actions/{action}", out _));
        Assert.True(paths.TryGetProperty("/api/auth/login", out _));
    }

    [Fact]
    public async Task UnknownRoute_Answers404ProblemDetails()
    {
        var response = await app.Anonymous().GetAsync("/api/nothing-here");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

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
