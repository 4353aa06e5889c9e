using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Bot.Tests.Support;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Tests.Channels.DirectLine;

/// <summary>Limits with clear errors: token lifetime, messages per user, tokens per address, file size. None leaves state behind.</summary>
public sealed class DirectLineLimitsTests : IAsyncLifetime
{
    private ChannelHost? _host;

    private ChannelHost Host => _host!;

    public async Task InitializeAsync() => _host = await ChannelHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Channels:MessagesPerUserPerMinute"] = "3",
        ["Channels:TokensPerAddressPerMinute"] = "4",
        ["Channels:MaxAttachmentBytes"] = "2048",
        ["DirectLine:TokenLifetime"] = "00:10:00",
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task Token_Answers403TokenExpired_AfterItsLifetime()
    {
        var started = await Host.StartConversationAsync();

        Host.Clock.Advance(TimeSpan.FromMinutes(11));
        var response = await Host.Client(started.Token).GetAsync($"/v3/directline/conversations/{started.ConversationId}/activities");

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("TokenExpired", problem.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostActivity_Answers429AndStoresNothing_AfterTheUsersMessagesPerMinute()
    {
        var started = await Host.StartConversationAsync();
        var client = Host.Client(started.Token);
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync($"/v3/directline/conversations/{started.ConversationId}/activities", DirectLineEndpointsTests.Message($"第{i}条"))).EnsureSuccessStatusCode();
        }

        var before = await CountInboundAsync();
        var refused = await client.PostAsJsonAsync($"/v3/directline/conversations/{started.ConversationId}/activities", DirectLineEndpointsTests.Message("第四条"));

        await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(before, await CountInboundAsync());
    }

    [Fact]
    public async Task StartConversation_Answers429_AfterTheAddressesTokensPerMinute()
    {
        var client = Host.Client(ChannelHost.Secret);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/v3/directline/conversations", new { })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Upload_Answers413AndStoresNothing_ForAFileOverTheSizeLimit()
    {
        var started = await Host.StartConversationAsync();
        using var form = DirectLineEndpointsFilesTests.Form(("大图.png", "image/png", new byte[4096]));
        var before = await CountInboundAsync();

        var response = await Host.Client(started.Token).PostAsync($"/v3/directline/conversations/{started.ConversationId}/upload", form);

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("大图.png", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await CountInboundAsync());
        Assert.False(Directory.Exists(Path.Combine(Host.Database.DataDirectory, "files")));
    }

    private async Task<int> CountInboundAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>().InboundActivities.CountAsync();
    }
}
