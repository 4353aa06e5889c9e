using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Bot.Channels.BotFramework;
using ServiceBot.Bot.Tests.Support;
using ServiceBot.Infrastructure.Deliveries;
using ServiceBot.Infrastructure.Outbox;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// Messages to a Bot Framework conversation go to its service URL as durable deliveries: a channel that is down is
/// retried with backoff, one that refuses for good does not hold the conversation up. The dispatchers are off here;
/// the test runs the outbox and the deliveries itself.
/// </summary>
public sealed class ConnectorClientTests : IAsyncLifetime, IDisposable
{
    private readonly RecordingChannel _channel = new();
    private ChannelHost? _host;

    private ChannelHost Host => _host!;

    public async Task InitializeAsync() => _host = await ChannelHost.StartAsync(
        settings: new Dictionary<string, string?> { ["Outbox:Enabled"] = "false", ["Notifications:Enabled"] = "false" },
        services: s => s.AddHttpClient(ConnectorTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _channel));

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public void Dispose() => _channel.Dispose();

    [Fact]
    public async Task Reply_IsRetriedWithBackoff_UntilTheChannelTakesIt()
    {
        var conversation = BotFrameworkEndpointsTests.NewId();
        var failures = 1;
        _channel.Respond = r => r.Uri.AbsolutePath.Contains(conversation, StringComparison.Ordinal) && failures-- > 0
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : null;
        var queued = Host.Services.GetRequiredService<DeliverySignal>().WaitAsync(TimeSpan.FromSeconds(15), TimeProvider.System, CancellationToken.None);

        await Host.Client().PostAsJsonAsync("/api/messages", BotFrameworkEndpointsTests.Activity(conversation, "act-1", "重试"));
        await queued;
        await ProcessDeliveriesAsync();
        var afterFailure = await DeliveryAsync(conversation);
        Host.Clock.Advance(TimeSpan.FromSeconds(3));
        await ProcessDeliveriesAsync();
        var delivered = await DeliveryAsync(conversation);

        Assert.Null(afterFailure.DeliveredAt);
        Assert.Equal("HTTP 503", afterFailure.LastError);
        Assert.Equal(Host.Clock.GetUtcNow() - TimeSpan.FromSeconds(1), afterFailure.NextAttemptAt);
        Assert.NotNull(delivered.DeliveredAt);
        Assert.Equal(2, delivered.Attempts);
        var posts = _channel.All.Where(r => r.Uri.AbsolutePath == $"/v3/conversations/{conversation}/activities/act-1").ToList();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal("您说：重试", p.Json.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task CaseEvent_IsSentToTheServiceUrl_OfTheConversationTheCaseWasReportedIn()
    {
        var conversation = BotFrameworkEndpointsTests.NewId();
        await Host.Client().PostAsJsonAsync("/api/messages", BotFrameworkEndpointsTests.Activity(conversation, "act-1", "你好"));
        var enterprise = await LoginAsync("ent-jingcai");
        var number = await enterprise.ReportAsync("厂区门口道路破损严重，货车进出困难，希望尽快修复。", channel: "test-channel", conversationId: $"test-channel:{conversation}");

        (await (await LoginAsync("dispatcher")).PostAsJsonAsync($"/api/cases/{number}/actions/dispatch", new { leadBureau = "jtj" })).EnsureSuccessStatusCode();
        await Host.Services.GetRequiredService<OutboxProcessor>().ProcessPendingAsync(CancellationToken.None);
        await ProcessDeliveriesAsync();

        var notice = _channel.All.Single(r => r.Uri.AbsolutePath == $"/v3/conversations/{conversation}/activities" && r.Body.Contains(number, StringComparison.Ordinal));
        Assert.Contains("已交办给", notice.Json.GetProperty("text").GetString());
        Assert.Equal("user-1", notice.Json.GetProperty("recipient").GetProperty("id").GetString());
        Assert.False(notice.Json.TryGetProperty("replyToId", out _));
    }

    [Fact]
    public async Task RefusedDelivery_IsGivenUp_AndDoesNotHoldTheConversationUp()
    {
        var conversation = BotFrameworkEndpointsTests.NewId();
        _channel.Respond = r => r.Uri.AbsolutePath.EndsWith($"{conversation}/activities/act-1", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.Forbidden)
            : null;
        var queued = Host.Services.GetRequiredService<DeliverySignal>().WaitAsync(TimeSpan.FromSeconds(15), TimeProvider.System, CancellationToken.None);
        await Host.Client().PostAsJsonAsync("/api/messages", BotFrameworkEndpointsTests.Activity(conversation, "act-1", "被拒"));
        await queued;
        queued = Host.Services.GetRequiredService<DeliverySignal>().WaitAsync(TimeSpan.FromSeconds(15), TimeProvider.System, CancellationToken.None);
        await Host.Client().PostAsJsonAsync("/api/messages", BotFrameworkEndpointsTests.Activity(conversation, "act-2", "之后"));
        await queued;

        await ProcessDeliveriesAsync();

        await using var scope = Host.Services.CreateAsyncScope();
        var deliveries = await scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>().Deliveries.AsNoTracking()
            .Where(d => d.Target == $"test-channel:{conversation}").OrderBy(d => d.Id).ToListAsync();
        Assert.NotNull(deliveries[0].FailedAt);
        Assert.StartsWith("HTTP 403", deliveries[0].LastError);
        Assert.NotNull(deliveries[1].DeliveredAt);
    }

    private async Task ProcessDeliveriesAsync() => await Host.Services.GetRequiredService<DeliveryProcessor>().ProcessPendingAsync(CancellationToken.None);

    private async Task<Delivery> DeliveryAsync(string conversation)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>().Deliveries.AsNoTracking().SingleAsync(d => d.Target == $"test-channel:{conversation}");
    }

    private async Task<HttpClient> LoginAsync(string userName)
    {
        var login = await (await Host.Client().PostAsJsonAsync("/api/auth/login", new { username = userName, password = ServiceBotApp.Password })).OkJsonAsync();
        return Host.Client(login.GetProperty("accessToken").GetString());
    }
}
