using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Bot.Tests.Support;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Tests.Channels.WebChat;

/// <summary>The built-in page and its same-origin token endpoint, which binds tokens to the visitor.</summary>
public sealed class WebChatEndpointsTests(ChannelHostFixture fixture) : IClassFixture<ChannelHostFixture>
{
    private ChannelHost Host => fixture.Host;

    [Fact]
    public async Task Page_ServesTheWebChatBundleFromTheHost()
    {
        var client = Host.Client();

        var page = await client.GetStringAsync("/");
        var bundle = await client.GetAsync("/lib/botframework-webchat/webchat.js");

        Assert.Contains("/lib/botframework-webchat/webchat.js", page);
        Assert.Contains("lang=\"zh-CN\"", page);
        Assert.DoesNotContain("cdn.", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000);
    }

    [Fact]
    public async Task Token_IsBoundToTheVisitor_AndResumesTheirConversation()
    {
        var visitor = Host.Client();
        var stranger = Host.Client();

        var first = await (await visitor.PostAsJsonAsync("/api/webchat/token", new { })).OkJsonAsync();
        var conversationId = first.GetProperty("conversationId").GetString();
        (await Host.Client(first.GetProperty("token").GetString()).PostAsync("/v3/directline/conversations", null)).EnsureSuccessStatusCode();
        var again = await (await visitor.PostAsJsonAsync("/api/webchat/token", new { conversationId })).OkJsonAsync();
        var other = await (await stranger.PostAsJsonAsync("/api/webchat/token", new { conversationId })).OkJsonAsync();

        Assert.StartsWith("dl_v", first.GetProperty("userId").GetString());
        Assert.False(first.GetProperty("resumed").GetBoolean());
        Assert.True(again.GetProperty("resumed").GetBoolean());
        Assert.Equal(conversationId, again.GetProperty("conversationId").GetString());
        Assert.Equal(first.GetProperty("userId").GetString(), again.GetProperty("userId").GetString());
        Assert.False(other.GetProperty("resumed").GetBoolean());
        Assert.NotEqual(conversationId, other.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task Token_LinksTheConversation_ForASignedInEnterpriseUser()
    {
        var login = await (await Host.Client().PostAsJsonAsync("/api/auth/login", new { username = "ent-jingcai", password = ServiceBotApp.Password })).OkJsonAsync();
        var account = Host.Client(login.GetProperty("accessToken").GetString());
        var me = await (await account.GetAsync("/api/auth/me")).OkJsonAsync();

        var issued = await (await account.PostAsJsonAsync("/api/webchat/token", new { })).OkJsonAsync();
        (await Host.Client(issued.GetProperty("token").GetString()).PostAsync("/v3/directline/conversations", null)).EnsureSuccessStatusCode();

        await using var scope = Host.Services.CreateAsyncScope();
        var conversation = await scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>().Conversations
            .SingleAsync(c => c.ChannelConversationId == issued.GetProperty("conversationId").GetString());
        Assert.Equal(me.GetProperty("id").GetString(), conversation.LinkedUserId);
        Assert.Equal("webchat", conversation.ChannelId);
    }

    [Fact]
    public async Task Token_Answers403_ForAPageOfAnotherSite()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("Origin", "https://evil.test");

        var response = await Host.Client().SendAsync(request);

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }
}
