using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Security;
using ServiceBot.Bot.Tests.Channels.DirectLine;
using ServiceBot.Bot.Tests.Support;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Bot.Tests.Channels.Turns;

/// <summary>
/// A conversation's turns run one at a time and in order, also with two host instances sharing the database (the
/// test script runs this on PostgreSQL too); each turn runs as the account linked to the conversation.
/// </summary>
public sealed class TurnRunnerTests
{
    [Fact]
    public async Task Turns_RunOneAtATimeInArrivalOrder_AcrossTwoInstances()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = new FakeTimeProvider(CaseBuilder.DefaultStart);
        var log = new TurnLog();
        await using var first = await ChannelHost.StartAsync(database, clock: clock, services: Record(log));
        await using var second = await ChannelHost.StartAsync(database, clock: clock, services: Record(log));
        var started = await first.StartConversationAsync();
        await log.WaitForAsync("ConversationStarted");

        await PostAsync(first, started, "一");
        await log.WaitForAsync("一");
        await PostAsync(second, started, "二");
        await PostAsync(first, started, "三");
        await PostAsync(second, started, "四");
        var whileBlocked = log.Turns.Count;
        log.Release();
        await log.WaitForAsync("四");
        await first.WaitForActivitiesAsync(started.ConversationId, a => ChannelHost.BotTexts(a).Contains("ok:四"));

        Assert.Equal(2, whileBlocked);
        Assert.Equal(["ConversationStarted", "一", "二", "三", "四"], log.Turns.Select(t => t.What));
        Assert.Equal(1, log.MaxActive);
    }

    [Fact]
    public async Task Turns_OfDifferentConversations_RunAtTheSameTime()
    {
        var log = new TurnLog();
        await using var host = await ChannelHost.StartAsync(services: Record(log));
        var blocked = await host.StartConversationAsync();
        var other = await host.StartConversationAsync();

        await PostAsync(host, blocked, "一");
        await log.WaitForAsync("一");
        await PostAsync(host, other, "另一个会话");
        await log.WaitForAsync("另一个会话");
        log.Release();

        Assert.Equal(2, log.MaxActive);
    }

    [Fact]
    public async Task Turns_RunAsTheLinkedAccount_AndAnonymouslyOtherwise()
    {
        var log = new TurnLog();
        await using var host = await ChannelHost.StartAsync(services: Record(log));
        log.Release();
        var login = await (await host.Client().PostAsJsonAsync("/api/auth/login", new { username = "ent-jingcai", password = ServiceBotApp.Password })).OkJsonAsync();
        var issued = await (await host.Client(login.GetProperty("accessToken").GetString()).PostAsJsonAsync("/api/webchat/token", new { })).OkJsonAsync();
        var token = issued.GetProperty("token").GetString()!;
        var linked = issued.GetProperty("conversationId").GetString()!;
        (await host.Client(token).PostAsync("/v3/directline/conversations", null)).EnsureSuccessStatusCode();
        var anonymous = await host.StartConversationAsync();

        await host.Client(token).PostAsJsonAsync($"/v3/directline/conversations/{linked}/activities", DirectLineEndpointsTests.Message("我是谁"));
        await PostAsync(host, anonymous, "我是谁呢");
        await log.WaitForAsync("我是谁");
        await log.WaitForAsync("我是谁呢");

        var me = await (await host.Client(login.GetProperty("accessToken").GetString()).GetAsync("/api/auth/me")).OkJsonAsync();
        var asAccount = log.Turns.Single(t => t.What == "我是谁").Actor;
        Assert.Equal(me.GetProperty("id").GetString(), asAccount?.Id);
        Assert.Equal(Role.EnterpriseUser, asAccount?.Role);
        Assert.Null(log.Turns.Single(t => t.What == "我是谁呢").Actor);
    }

    private static Action<IServiceCollection> Record(TurnLog log) =>
        s => s.AddScoped<ITurnHandler>(sp => new RecordingTurnHandler(log, sp.GetRequiredService<ICurrentUser>()));

    private static async Task PostAsync(ChannelHost host, StartedConversation conversation, string text) =>
        (await host.Client(conversation.Token).PostAsJsonAsync(
            $"/v3/directline/conversations/{conversation.ConversationId}/activities", DirectLineEndpointsTests.Message(text))).EnsureSuccessStatusCode();
}
