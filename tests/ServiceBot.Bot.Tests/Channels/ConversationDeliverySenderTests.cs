using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Bot.Tests.Support;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Tests.Channels;

/// <summary>
/// Case events reach the enterprise as proactive messages in its conversation: on the built-in Direct Line they are
/// appended to the transcript (and wait there for a user who is offline).
/// </summary>
public sealed class ConversationDeliverySenderTests(ChannelHostFixture fixture) : IClassFixture<ChannelHostFixture>
{
    private const string LandDescription = "想扩建厂房但没有地，能否优先安排工业用地？";

    private ChannelHost Host => fixture.Host;

    [Fact]
    public async Task CaseEvents_ArriveInTheConversationOfTheLinkedAccount()
    {
        var (enterprise, conversationId) = await LinkedConversationAsync("ent-jingcai");
        var number = await enterprise.ReportAsync(LandDescription, "用地");
        var dispatcher = await LoginAsync("dispatcher");
        var staff = await LoginAsync("staff-zrzy");

        (await dispatcher.PostAsJsonAsync($"/api/cases/{number}/actions/dispatch", new { leadBureau = "zrzy" })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/cases/{number}/actions/sign-for", new { })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/cases/{number}/actions/request-information", new { text = "请补充项目用地面积。" })).EnsureSuccessStatusCode();
        var activities = await Host.WaitForActivitiesAsync(conversationId, a => ChannelHost.BotTexts(a).Count(t => t?.Contains(number, StringComparison.Ordinal) == true) >= 3, "webchat");

        var texts = ChannelHost.BotTexts(activities).Where(t => t?.Contains(number, StringComparison.Ordinal) == true).ToList();
        Assert.Contains("已交办给县自然资源和规划局", texts[0]);
        Assert.Contains("已签收", texts[1]);
        Assert.Contains("请补充项目用地面积。", texts[2]);
        var request = activities.Single(a => ChannelHost.Text(a) == texts[2]);
        Assert.Equal($"补充材料 {number}", request.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task CaseEvents_ArriveInTheConversationTheCaseWasReportedIn()
    {
        var (enterprise, older) = await LinkedConversationAsync("ent-huasuo");
        var (_, reportedIn) = await LinkedConversationAsync("ent-huasuo");
        var number = await enterprise.ReportAsync(LandDescription, "用地", "webchat", $"webchat:{older}");

        (await (await LoginAsync("dispatcher")).PostAsJsonAsync($"/api/cases/{number}/actions/dispatch", new { leadBureau = "swj" })).EnsureSuccessStatusCode();
        await Host.WaitForActivitiesAsync(older, a => ChannelHost.BotTexts(a).Any(t => t?.Contains(number, StringComparison.Ordinal) == true), "webchat");

        var latest = await (await Host.Client(ChannelHost.Secret).GetAsync($"/v3/directline/conversations/{reportedIn}/activities")).OkJsonAsync();
        Assert.DoesNotContain(latest.GetProperty("activities").EnumerateArray(), a => ChannelHost.Text(a)?.Contains(number, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task CaseEvents_AreQueuedOncePerConversation_AndDelivered()
    {
        var (enterprise, conversationId) = await LinkedConversationAsync("ent-henghang");
        var number = await enterprise.ReportAsync(LandDescription, "用地");

        (await (await LoginAsync("dispatcher")).PostAsJsonAsync($"/api/cases/{number}/actions/dispatch", new { leadBureau = "fgj" })).EnsureSuccessStatusCode();
        await Host.WaitForActivitiesAsync(conversationId, a => ChannelHost.BotTexts(a).Any(t => t?.Contains(number, StringComparison.Ordinal) == true), "webchat");

        await using var scope = Host.Services.CreateAsyncScope();
        var deliveries = await scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>().Deliveries.AsNoTracking()
            .Where(d => d.Target == $"webchat:{conversationId}" && d.Payload.Contains(number))
            .ToListAsync();
        var delivery = Assert.Single(deliveries);
        Assert.NotNull(delivery.DeliveredAt);
        Assert.Equal(1, delivery.Attempts);
    }

    /// <summary>An enterprise account signs in on the page and opens a conversation; returns its API client and the conversation.</summary>
    private async Task<(HttpClient Account, string ConversationId)> LinkedConversationAsync(string userName)
    {
        var account = await LoginAsync(userName);
        var issued = await (await account.PostAsJsonAsync("/api/webchat/token", new { })).OkJsonAsync();
        var conversationId = issued.GetProperty("conversationId").GetString()!;
        (await Host.Client(issued.GetProperty("token").GetString()).PostAsync("/v3/directline/conversations", null)).EnsureSuccessStatusCode();
        await Host.WaitForActivitiesAsync(conversationId, a => a.Count >= 1, "webchat");
        return (account, conversationId);
    }

    private async Task<HttpClient> LoginAsync(string userName)
    {
        var login = await (await Host.Client().PostAsJsonAsync("/api/auth/login", new { username = userName, password = ServiceBotApp.Password })).OkJsonAsync();
        return Host.Client(login.GetProperty("accessToken").GetString());
    }
}
