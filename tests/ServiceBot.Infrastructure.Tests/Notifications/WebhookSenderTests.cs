using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.DispatchCase;
using ServiceBot.Domain.Cases;
using ServiceBot.Infrastructure.Deliveries;
using ServiceBot.Infrastructure.Notifications;
using ServiceBot.Infrastructure.Outbox;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Notifications;

/// <summary>Staff notifications also go to the bureau's group robot when one is configured: signed for DingTalk, retried when throttled.</summary>
public sealed class WebhookSenderTests : IAsyncLifetime, IDisposable
{
    private readonly FakeRobot _robot = new();
    private TestServices? _services;

    private TestServices Services => _services!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync(
        settings: new Dictionary<string, string?>
        {
            ["Notifications:Webhooks:zrzy:Kind"] = "DingTalk",
            ["Notifications:Webhooks:zrzy:Url"] = "https://oapi.dingtalk.test/robot/send?access_token=zrzy",
            ["Notifications:Webhooks:zrzy:Secret"] = "SECtest0123456789abcdef",
            ["Notifications:Webhooks:coordinators:Kind"] = "WeCom",
            ["Notifications:Webhooks:coordinators:Url"] = "https://qyapi.weixin.test/cgi-bin/webhook/send?key=sfb",
        },
        configure: s => s.AddHttpClient(WebhookSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _robot));

    public async Task DisposeAsync() => await Services.DisposeAsync();

    public void Dispose() => _robot.Dispose();

    [Fact]
    public async Task Dispatch_PostsASignedMarkdownMessage_ToTheLeadBureausRobot()
    {
        var number = await DispatchedCaseAsync();

        await DeliverAsync();

        var (uri, body) = Assert.Single(_robot.Received, r => r.Uri.Host == "oapi.dingtalk.test");
        Assert.Contains("access_token=zrzy&timestamp=1795395600000&sign=", uri.AbsoluteUri);
        var markdown = JsonDocument.Parse(body).RootElement.GetProperty("markdown");
        Assert.Equal($"新诉求待签收 {number}", markdown.GetProperty("title").GetString());
        Assert.Contains($"诉求编号：{number}", markdown.GetProperty("text").GetString());
        Assert.DoesNotContain(_robot.Received, r => r.Uri.Host == "qyapi.weixin.test");
    }

    [Fact]
    public async Task Delivery_IsRetried_WhenTheRobotIsThrottled()
    {
        _robot.Errcodes.Enqueue(130101);
        await DispatchedCaseAsync();

        await DeliverAsync();
        var throttled = await WebhookDeliveryAsync();
        Services.Clock.Advance(TimeSpan.FromMinutes(2));
        await DeliverAsync();
        var delivered = await WebhookDeliveryAsync();

        Assert.Null(throttled.DeliveredAt);
        Assert.StartsWith("throttled", throttled.LastError);
        Assert.NotNull(delivered.DeliveredAt);
        Assert.Equal(2, _robot.Received.Count);
    }

    [Fact]
    public async Task Delivery_IsGivenUp_WhenTheRobotRefusesIt()
    {
        _robot.Errcodes.Enqueue(310000);
        await DispatchedCaseAsync();

        await DeliverAsync();

        var refused = await WebhookDeliveryAsync();
        Assert.NotNull(refused.FailedAt);
        Assert.Equal("errcode 310000: refused", refused.LastError);
    }

    [Fact]
    public async Task Webhook_IsQueuedOnce_WhenTheEventIsDispatchedAgain()
    {
        await DispatchedCaseAsync();

        await using (var scope = Services.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
            await db.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, (DateTimeOffset?)null));
        }

        await Services.Services.GetRequiredService<OutboxProcessor>().ProcessPendingAsync(CancellationToken.None);

        await using var check = Services.Services.CreateAsyncScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<ServiceBotDbContext>().Deliveries.CountAsync(d => d.Kind == DeliveryKinds.Webhook));
    }

    private async Task<string> DispatchedCaseAsync()
    {
        var created = await Services.SendAsync(TestActors.Coordinator, new CreateCaseCommand(
            CaseType.Problem, "用地", "想扩建厂房但没有地，能否优先安排工业用地？", CaseUrgency.Normal, null, CaseComplexity.Normal,
            "王建国", "13957900001", EnterpriseName: "浦江县晶彩水晶有限公司", EnterpriseCreditCode: "91350100M000100Y43"));
        var number = created.Value.Number;
        Assert.True((await Services.SendAsync(TestActors.Coordinator, new DispatchCaseCommand(number, TestActors.LeadBureau, [], false))).IsSuccess);
        await Services.Services.GetRequiredService<OutboxProcessor>().ProcessPendingAsync(CancellationToken.None);
        return number;
    }

    private Task<int> DeliverAsync() => Services.Services.GetRequiredService<DeliveryProcessor>().ProcessPendingAsync(CancellationToken.None);

    private async Task<Delivery> WebhookDeliveryAsync()
    {
        await using var scope = Services.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>().Deliveries.AsNoTracking().SingleAsync(d => d.Kind == DeliveryKinds.Webhook);
    }
}
