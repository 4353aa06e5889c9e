using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Bot.Tests.Support;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Tests.Channels.DirectLine;

/// <summary>The built-in Direct Line 3.0 API over HTTP: tokens, conversations, activities with watermarks, and its errors.</summary>
public sealed class DirectLineEndpointsTests(ChannelHostFixture fixture) : IClassFixture<ChannelHostFixture>
{
    private ChannelHost Host => fixture.Host;

    [Fact]
    public async Task StartConversation_Answers201AndTheBotGreets_WithTheSecret()
    {
        var started = await Host.StartConversationAsync();

        var activities = await Host.WaitForActivitiesAsync(started.ConversationId, a => a.Count >= 1);

        Assert.StartsWith("ws://", started.StreamUrl);
        var greeting = Assert.Single(activities);
        Assert.Contains("企业服务助手", ChannelHost.Text(greeting));
        Assert.Equal("bot", greeting.GetProperty("from").GetProperty("role").GetString());
        Assert.False(greeting.TryGetProperty("replyToId", out _));
        Assert.Equal(3, greeting.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task StartConversation_Answers200_WhenTheTokensConversationHasStarted()
    {
        var started = await Host.StartConversationAsync();

        var again = await Host.Client(started.Token).PostAsync("/v3/directline/conversations", null);

        var body = await again.OkJsonAsync(HttpStatusCode.OK);
        Assert.Equal(started.ConversationId, body.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task GenerateToken_GivesATokenThatStartsItsConversation()
    {
        var generated = await (await Host.Client(ChannelHost.Secret).PostAsJsonAsync("/v3/directline/tokens/generate", new { user = new { id = "generated-user" } })).OkJsonAsync();
        var token = generated.GetProperty("token").GetString();

        var started = await Host.Client(token).PostAsync("/v3/directline/conversations", null);

        var body = await started.OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(generated.GetProperty("conversationId").GetString(), body.GetProperty("conversationId").GetString());
        Assert.Equal(1800, generated.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task PostActivity_EchoesAndAnswers_InOrderWithWatermarks()
    {
        var started = await Host.StartConversationAsync();
        await Host.WaitForActivitiesAsync(started.ConversationId, a => a.Count >= 1);
        var client = Host.Client(started.Token);

        var posted = await (await client.PostAsJsonAsync($"/v3/directline/conversations/{started.ConversationId}/activities", Message("你好"))).OkJsonAsync();
        var activities = await Host.WaitForActivitiesAsync(started.ConversationId, a => a.Count >= 3);
        var after = await (await client.GetAsync($"/v3/directline/conversations/{started.ConversationId}/activities?watermark=2")).OkJsonAsync();

        Assert.Equal($"{started.ConversationId}|0000002", posted.GetProperty("id").GetString());
        Assert.Equal("你好", ChannelHost.Text(activities[1]));
        Assert.Equal("user", activities[1].GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("您说：你好", ChannelHost.Text(activities[2]));
        Assert.Equal(posted.GetProperty("id").GetString(), activities[2].GetProperty("replyToId").GetString());
        Assert.Equal("3", after.GetProperty("watermark").GetString());
        Assert.Equal("您说：你好", ChannelHost.Text(Assert.Single(after.GetProperty("activities").EnumerateArray())));
    }

    [Fact]
    public async Task PostActivity_SpeaksAsTheTokensUser_WhateverFromSays()
    {
        var started = await Host.StartConversationAsync("token-user");

        await Host.Client(started.Token).PostAsJsonAsync(
            $"/v3/directline/conversations/{started.ConversationId}/activities",
            new { type = "message", text = "冒充", from = new { id = "someone-else" } });
        var activities = await Host.WaitForActivitiesAsync(started.ConversationId, a => a.Any(x => ChannelHost.Text(x) == "冒充"));

        Assert.Equal("token-user", activities.Single(x => ChannelHost.Text(x) == "冒充").GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task PostActivity_ProcessesARetryOnce_ByClientActivityId()
    {
        var started = await Host.StartConversationAsync();
        var client = Host.Client(started.Token);
        var message = Message("重复发送", clientActivityId: "client-1");

        var first = await (await client.PostAsJsonAsync($"/v3/directline/conversations/{started.ConversationId}/activities", message)).OkJsonAsync();
        var second = await (await client.PostAsJsonAsync($"/v3/directline/conversations/{started.ConversationId}/activities", message)).OkJsonAsync();
        await Host.WaitForActivitiesAsync(started.ConversationId, a => a.Any(x => ChannelHost.Text(x) == "您说：重复发送"));
        var marker = await (await client.PostAsJsonAsync($"/v3/directline/conversations/{started.ConversationId}/activities", Message("之后"))).OkJsonAsync();
        var activities = await Host.WaitForActivitiesAsync(started.ConversationId, a => a.Any(x => ChannelHost.Text(x) == "您说：之后"));

        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Single(activities, a => ChannelHost.Text(a) == "重复发送");
        Assert.Single(activities, a => ChannelHost.Text(a) == "您说：重复发送");
        Assert.NotEqual(first.GetProperty("id").GetString(), marker.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Requests_Answer401_WithoutCredentials()
    {
        var started = await Host.StartConversationAsync();

        var response = await Host.Client().GetAsync($"/v3/directline/conversations/{started.ConversationId}/activities");

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Unauthorized", problem.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Requests_Answer403_WithATokenOfAnotherConversation()
    {
        var mine = await Host.StartConversationAsync();
        var theirs = await Host.StartConversationAsync();

        var read = await Host.Client(mine.Token).GetAsync($"/v3/directline/conversations/{theirs.ConversationId}/activities");
        var post = await Host.Client(mine.Token).PostAsJsonAsync($"/v3/directline/conversations/{theirs.ConversationId}/activities", Message("越权"));

        await read.ProblemAsync(HttpStatusCode.Forbidden);
        await post.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Requests_Answer403_WithATamperedToken()
    {
        var started = await Host.StartConversationAsync();
        var tampered = started.Token[..^4] + (started.Token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var response = await Host.Client(tampered).GetAsync($"/v3/directline/conversations/{started.ConversationId}/activities");

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PostActivity_Answers404AndStoresNothing_ForAnUnknownConversation()
    {
        var before = await CountInboundAsync();

        var response = await Host.Client(ChannelHost.Secret).PostAsJsonAsync("/v3/directline/conversations/nosuchconversation/activities", Message("喂"));

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("NotFound", problem.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(before, await CountInboundAsync());
    }

    [Fact]
    public async Task PostActivity_Answers400AndStoresNothing_ForMalformedJson()
    {
        var started = await Host.StartConversationAsync();
        var before = await CountInboundAsync();

        var response = await Host.Client(started.Token).PostAsync(
            $"/v3/directline/conversations/{started.ConversationId}/activities", new StringContent("{\"type\": \"message\", \"text\": ", Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("BadSyntax", problem.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(before, await CountInboundAsync());
    }

    [Fact]
    public async Task PostActivity_Answers400_ForTextLongerThanTheLimit()
    {
        var started = await Host.StartConversationAsync();

        var response = await Host.Client(started.Token).PostAsJsonAsync($"/v3/directline/conversations/{started.ConversationId}/activities", Message(new string('长', 4001)));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("channel.text.tooLong", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostActivity_Answers413_ForABodyOverTheLimit()
    {
        var started = await Host.StartConversationAsync();
        var huge = new { type = "message", text = "x", channelData = new { padding = new string('x', 1_100_000) } };

        var response = await Host.Client(started.Token).PostAsJsonAsync($"/v3/directline/conversations/{started.ConversationId}/activities", huge);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task PostActivity_Answers400_ForFilesSentByLink()
    {
        var started = await Host.StartConversationAsync();
        var withLink = new { type = "message", attachments = new[] { new { contentType = "image/png", contentUrl = "https://example.com/a.png", name = "a.png" } } };

        var response = await Host.Client(started.Token).PostAsJsonAsync($"/v3/directline/conversations/{started.ConversationId}/activities", withLink);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("channel.attachments.upload", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetActivities_Answers400_ForAMalformedWatermark()
    {
        var started = await Host.StartConversationAsync();

        var response = await Host.Client(started.Token).GetAsync($"/v3/directline/conversations/{started.ConversationId}/activities?watermark=abc");

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Reconnect_GivesAStreamUrlFromTheWatermark()
    {
        var started = await Host.StartConversationAsync();

        var response = await Host.Client(started.Token).GetAsync($"/v3/directline/conversations/{started.ConversationId}?watermark=5");

        var body = await response.OkJsonAsync();
        Assert.EndsWith("&watermark=5", body.GetProperty("streamUrl").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
    }

    [Fact]
    public async Task Reconnect_Answers404_ForAnUnknownConversation()
    {
        var response = await Host.Client(ChannelHost.Secret).GetAsync("/v3/directline/conversations/nosuchconversation");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RefreshToken_GivesATokenForTheSameConversation()
    {
        var started = await Host.StartConversationAsync();

        var refreshed = await (await Host.Client(started.Token).PostAsync("/v3/directline/tokens/refresh", null)).OkJsonAsync();
        var read = await Host.Client(refreshed.GetProperty("token").GetString()).GetAsync($"/v3/directline/conversations/{started.ConversationId}/activities");

        Assert.Equal(started.ConversationId, refreshed.GetProperty("conversationId").GetString());
        await read.OkJsonAsync();
    }

    [Fact]
    public async Task RefreshToken_Answers403_ForTheSecret()
    {
        var response = await Host.Client(ChannelHost.Secret).PostAsync("/v3/directline/tokens/refresh", null);

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    internal static object Message(string text, string? clientActivityId = null) =>
        new { type = "message", text, from = new { id = "ignored" }, channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") } };

    private async Task<int> CountInboundAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>().InboundActivities.CountAsync();
    }
}
