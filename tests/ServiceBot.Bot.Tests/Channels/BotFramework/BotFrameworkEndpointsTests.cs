using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Bot.Tests.Support;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Tests.Channels.BotFramework;

/// <summary><c>/api/messages</c> without an app id (as the Emulator uses it): replies to the service URL, expectReplies, invoke, retries.</summary>
public sealed class BotFrameworkEndpointsTests(AnonymousChannelFixture fixture) : IClassFixture<AnonymousChannelFixture>
{
    internal const string ServiceUrl = "https://channel.test/";

    private RecordingChannel Channel => fixture.Channel;

    private ChannelHost Host => fixture.Host;

    [Fact]
    public async Task Post_Answers200AndRepliesOnTheServiceUrl()
    {
        var conversation = NewId();

        var response = await Host.Client().PostAsJsonAsync("/api/messages", Activity(conversation, "act-1", "你好"));
        var reply = await Channel.NextAsync(r => r.Uri.AbsolutePath.Contains(conversation, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/v3/conversations/{conversation}/activities/act-1", reply.Uri.AbsolutePath);
        Assert.Equal("您说：你好", reply.Json.GetProperty("text").GetString());
        Assert.Equal("act-1", reply.Json.GetProperty("replyToId").GetString());
        Assert.Equal("user-1", reply.Json.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("bot-1", reply.Json.GetProperty("from").GetProperty("id").GetString());
        Assert.Null(reply.Authorization);
    }

    [Fact]
    public async Task Post_AnswersWithTheRepliesAndSendsNothing_WhenExpectReplies()
    {
        var conversation = NewId();
        var activity = Activity(conversation, "act-1", "帮助", deliveryMode: "expectReplies");

        var response = await Host.Client().PostAsJsonAsync("/api/messages", activity);

        var body = await response.OkJsonAsync();
        var reply = Assert.Single(body.GetProperty("activities").EnumerateArray());
        Assert.StartsWith("我可以帮您", reply.GetProperty("text").GetString());
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.Equal("imBack", reply.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("type").GetString());
        Assert.Equal(0, await CountAsync(db => db.Deliveries.CountAsync(d => d.Target.EndsWith(conversation))));
        Assert.DoesNotContain(Channel.All, r => r.Uri.AbsolutePath.Contains(conversation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ProcessesARetriedActivityOnce()
    {
        var conversation = NewId();

        await Host.Client().PostAsJsonAsync("/api/messages", Activity(conversation, "act-1", "一次"));
        await Host.Client().PostAsJsonAsync("/api/messages", Activity(conversation, "act-1", "一次"));
        await Host.Client().PostAsJsonAsync("/api/messages", Activity(conversation, "act-2", "两次"));
        await Channel.NextAsync(r => r.Uri.AbsolutePath.EndsWith("/activities/act-2", StringComparison.Ordinal));

        Assert.Single(Channel.All, r => r.Uri.AbsolutePath.EndsWith($"{conversation}/activities/act-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_Answers501_ForAnInvokeNobodyHandles()
    {
        var invoke = new { type = "invoke", name = "composeExtension/query", id = "inv-1", channelId = "test-channel", serviceUrl = ServiceUrl, from = new { id = "user-1" }, recipient = new { id = "bot-1" }, conversation = new { id = NewId() } };

        var response = await Host.Client().PostAsJsonAsync("/api/messages", invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_AnswersTheInvokeResponse_ForAnAdaptiveCardAction()
    {
        var conversation = NewId();
        var invoke = new
        {
            type = "invoke",
            name = "adaptiveCard/action",
            id = "inv-2",
            channelId = "test-channel",
            serviceUrl = ServiceUrl,
            from = new { id = "user-1" },
            recipient = new { id = "bot-1" },
            conversation = new { id = conversation },
            value = new { action = new { type = "Action.Execute", verb = "report", data = new { intent = "report" } } },
        };

        var response = await Host.Client().PostAsJsonAsync("/api/messages", invoke);
        var reply = await Channel.NextAsync(r => r.Uri.AbsolutePath.Contains(conversation, StringComparison.Ordinal));

        var body = await response.OkJsonAsync();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Contains("\"intent\":\"report\"", reply.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_GreetsTheUser_OnlyWhenAPersonJoins()
    {
        var conversation = NewId();
        var botJoined = new { type = "conversationUpdate", id = "cu-1", channelId = "test-channel", serviceUrl = ServiceUrl, from = new { id = "user-1" }, recipient = new { id = "bot-1" }, conversation = new { id = conversation }, membersAdded = new[] { new { id = "bot-1" } } };
        var userJoined = new { type = "conversationUpdate", id = "cu-2", channelId = "test-channel", serviceUrl = ServiceUrl, from = new { id = "user-1" }, recipient = new { id = "bot-1" }, conversation = new { id = conversation }, membersAdded = new[] { new { id = "user-1" } } };

        await Host.Client().PostAsJsonAsync("/api/messages", botJoined);
        await Host.Client().PostAsJsonAsync("/api/messages", userJoined);
        var greeting = await Channel.NextAsync(r => r.Uri.AbsolutePath.Contains(conversation, StringComparison.Ordinal));

        Assert.EndsWith("/activities/cu-2", greeting.Uri.AbsolutePath);
        Assert.Contains("企业服务助手", greeting.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_IgnoresUnknownActivityTypes()
    {
        var conversation = NewId();
        var reaction = new { type = "messageReaction", id = "r-1", channelId = "test-channel", serviceUrl = ServiceUrl, from = new { id = "user-1" }, recipient = new { id = "bot-1" }, conversation = new { id = conversation } };

        var response = await Host.Client().PostAsJsonAsync("/api/messages", reaction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await CountAsync(db => db.Conversations.CountAsync(c => c.ChannelConversationId == conversation)));
    }

    [Fact]
    public async Task Post_Answers400AndStoresNothing_ForMalformedJson()
    {
        var before = await CountAsync(db => db.InboundActivities.CountAsync());

        var response = await Host.Client().PostAsync("/api/messages", new StringContent("{\"type\":", Encoding.UTF8, "application/json"));

        await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await CountAsync(db => db.InboundActivities.CountAsync()));
    }

    [Fact]
    public async Task Post_Answers400_WithoutAServiceUrl()
    {
        var response = await Host.Client().PostAsJsonAsync("/api/messages", new { type = "message", text = "hi", channelId = "test-channel", from = new { id = "u" }, conversation = new { id = NewId() } });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("botframework.serviceUrl", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_IsRefused_ForAConversationOfTheBuiltInDirectLine()
    {
        var started = await Host.StartConversationAsync();
        var intruder = Activity(started.ConversationId, "act-x", "插话", channelId: "directline");

        var response = await Host.Client().PostAsJsonAsync("/api/messages", intruder);

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    internal static object Activity(string conversation, string id, string text, string? deliveryMode = null, string channelId = "test-channel", string serviceUrl = ServiceUrl) => new
    {
        type = "message",
        id,
        timestamp = "2026-11-23T01:00:00.000Z",
        channelId,
        serviceUrl,
        from = new { id = "user-1", name = "王经理" },
        recipient = new { id = "bot-1", name = "ServiceBot" },
        conversation = new { id = conversation },
        text,
        locale = "zh-CN",
        deliveryMode,
        channelData = new { tenant = new { id = "t-1" } },
        entities = new[] { new { type = "clientInfo", locale = "zh-CN" } },
    };

    internal static string NewId() => "conv-" + Guid.NewGuid().ToString("N")[..12];

    private async Task<int> CountAsync(Func<ServiceBotDbContext, Task<int>> count)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>());
    }
}
