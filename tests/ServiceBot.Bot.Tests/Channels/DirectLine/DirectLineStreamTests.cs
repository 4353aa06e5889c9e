using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Channels.DirectLine;

/// <summary>The WebSocket stream: the backlog after the watermark, new activities as they come, keep-alives.</summary>
public sealed class DirectLineStreamTests(ChannelHostFixture fixture) : IClassFixture<ChannelHostFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private ChannelHost Host => fixture.Host;

    [Fact]
    public async Task Stream_SendsTheGreetingThenEchoAndReply_WithWatermarks()
    {
        var started = await Host.StartConversationAsync();
        await Host.WaitForActivitiesAsync(started.ConversationId, a => a.Count >= 1);
        using var socket = await Host.WebSockets().ConnectAsync(new Uri(started.StreamUrl), CancellationToken.None);

        var backlog = await ReceiveSetAsync(socket);
        await Host.Client(started.Token).PostAsJsonAsync($"/v3/directline/conversations/{started.ConversationId}/activities", DirectLineEndpointsTests.Message("在吗"));
        var seen = await ReceiveUntilAsync(socket, texts => texts.Contains("您说：在吗"));

        Assert.Equal("1", backlog.GetProperty("watermark").GetString());
        Assert.Contains("企业服务助手", ChannelHost.Text(backlog.GetProperty("activities")[0]));
        Assert.Equal(["在吗", "您说：在吗"], seen.Texts);
        Assert.Equal("3", seen.Watermark);
    }

    [Fact]
    public async Task Stream_StartsAfterTheWatermark_OnReconnect()
    {
        var started = await Host.StartConversationAsync();
        await Host.WaitForActivitiesAsync(started.ConversationId, a => a.Count >= 1);
        await Host.Client(started.Token).PostAsJsonAsync($"/v3/directline/conversations/{started.ConversationId}/activities", DirectLineEndpointsTests.Message("第一条"));
        await Host.WaitForActivitiesAsync(started.ConversationId, a => a.Count >= 3);
        var reconnect = await (await Host.Client(started.Token).GetAsync($"/v3/directline/conversations/{started.ConversationId}?watermark=2")).OkJsonAsync();

        using var socket = await Host.WebSockets().ConnectAsync(new Uri(reconnect.GetProperty("streamUrl").GetString()!), CancellationToken.None);
        var backlog = await ReceiveSetAsync(socket);

        var only = Assert.Single(backlog.GetProperty("activities").EnumerateArray());
        Assert.Equal("您说：第一条", ChannelHost.Text(only));
        Assert.Equal("3", backlog.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Stream_SendsAnEmptyKeepAlive_AfterTheInterval()
    {
        var started = await Host.StartConversationAsync();
        await Host.WaitForActivitiesAsync(started.ConversationId, a => a.Count >= 1);
        using var socket = await Host.WebSockets().ConnectAsync(new Uri(started.StreamUrl), CancellationToken.None);
        await ReceiveSetAsync(socket);

        var next = ReceiveRawAsync(socket);
        Host.Clock.Advance(TimeSpan.FromSeconds(16));
        var (type, text) = await next.WaitAsync(Timeout);

        Assert.Equal(WebSocketMessageType.Text, type);
        Assert.Equal(string.Empty, text);
    }

    [Fact]
    public async Task Stream_IsRefused_WithoutAValidStreamToken()
    {
        var started = await Host.StartConversationAsync();
        var forged = started.StreamUrl[..(started.StreamUrl.IndexOf("?t=", StringComparison.Ordinal) + 3)] + "forged";

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => Host.WebSockets().ConnectAsync(new Uri(forged), CancellationToken.None));

        Assert.Contains("403", refused.Message);
    }

    private static async Task<JsonElement> ReceiveSetAsync(WebSocket socket)
    {
        while (true)
        {
            var (_, text) = await ReceiveRawAsync(socket).WaitAsync(Timeout);
            if (text.Length > 0)
            {
                return JsonDocument.Parse(text).RootElement;
            }
        }
    }

    private static async Task<(List<string?> Texts, string? Watermark)> ReceiveUntilAsync(WebSocket socket, Func<List<string?>, bool> until)
    {
        var texts = new List<string?>();
        string? watermark = null;
        while (!until(texts))
        {
            var set = await ReceiveSetAsync(socket);
            texts.AddRange(set.GetProperty("activities").EnumerateArray().Where(a => a.GetProperty("type").GetString() == "message").Select(ChannelHost.Text));
            watermark = set.GetProperty("watermark").GetString();
        }

        return (texts, watermark);
    }

    private static async Task<(WebSocketMessageType Type, string Text)> ReceiveRawAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return (result.MessageType, Encoding.UTF8.GetString(message.ToArray()));
    }
}
