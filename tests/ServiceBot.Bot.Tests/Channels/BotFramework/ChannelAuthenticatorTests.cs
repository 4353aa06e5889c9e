using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Bot.Tests.Support;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Tests.Channels.BotFramework;

/// <summary>
/// With an app id configured, <c>/api/messages</c> checks the channel's token as the Bot Framework does, and the
/// bot authenticates its replies with a token from the client-credentials endpoint.
/// </summary>
public sealed class ChannelAuthenticatorTests(AuthenticatedChannelFixture fixture) : IClassFixture<AuthenticatedChannelFixture>
{
    private const string ServiceUrl = BotFrameworkEndpointsTests.ServiceUrl;

    private RecordingChannel Channel => fixture.Channel;

    private FakeBotFrameworkIdentity Identity => fixture.Identity;

    private ChannelHost Host => fixture.Host;

    private DateTimeOffset Now => Host.Clock.GetUtcNow();

    [Fact]
    public async Task Post_IsAccepted_AndTheReplyCarriesTheBotsToken()
    {
        var conversation = BotFrameworkEndpointsTests.NewId();

        var response = await PostAsync(conversation, Identity.ChannelToken(Now, ServiceUrl));
        var reply = await Channel.NextAsync(r => r.Uri.AbsolutePath.Contains(conversation, StringComparison.Ordinal));
        var tokenRequest = Channel.All.First(r => r.Uri.AbsoluteUri == FakeBotFrameworkIdentity.TokenUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Bearer {FakeBotFrameworkIdentity.BotToken}", reply.Authorization);
        Assert.Contains("grant_type=client_credentials", tokenRequest.Body);
        Assert.Contains($"client_id={FakeBotFrameworkIdentity.AppId}", tokenRequest.Body);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", tokenRequest.Body);
    }

    [Fact]
    public async Task Post_IsAccepted_WithinTheClockSkew()
    {
        var token = Identity.ChannelToken(Now, ServiceUrl, lifetime: TimeSpan.FromMinutes(2));

        Host.Clock.Advance(TimeSpan.FromMinutes(6));
        var response = await PostAsync(BotFrameworkEndpointsTests.NewId(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> Spoilt => ["none", "tampered", "stranger", "audience", "issuer", "expired", "serviceUrl", "channel"];

    [Theory]
    [MemberData(nameof(Spoilt))]
    public async Task Post_Answers401AndStoresNothing_ForASpoiltToken(string spoilt)
    {
        var conversation = BotFrameworkEndpointsTests.NewId();
        var token = spoilt switch
        {
            "none" => null,
            "tampered" => Tamper(Identity.ChannelToken(Now, ServiceUrl)),
            "stranger" => Identity.ChannelToken(Now, ServiceUrl, signedByStranger: true),
            "audience" => Identity.ChannelToken(Now, ServiceUrl, audience: "another-bot"),
            "issuer" => Identity.ChannelToken(Now, ServiceUrl, issuer: "https://evil.test"),
            "expired" => Identity.ChannelToken(Now.AddMinutes(-20), ServiceUrl, lifetime: TimeSpan.FromMinutes(10)),
            "serviceUrl" => Identity.ChannelToken(Now, "https://elsewhere.test/"),
            _ => Identity.ChannelToken(Now, ServiceUrl),
        };

        var response = await PostAsync(conversation, token, channelId: spoilt == "channel" ? "unendorsed-channel" : "test-channel");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>().Conversations.AnyAsync(c => c.ChannelConversationId == conversation));
    }

    private async Task<HttpResponseMessage> PostAsync(string conversation, string? token, string channelId = "test-channel")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(BotFrameworkEndpointsTests.Activity(conversation, "act-1", "你好", channelId: channelId)),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Host.Client().SendAsync(request);
    }

    /// <summary>Changes the payload (not the signature): the claims say something the key never signed.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]).Replace("https://channel.test/", "https://channel.tesT/", StringComparison.Ordinal);
        return $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
