using System.Net.Http.Json;
using ServiceBot.Bot.Tests.Support;
using ServiceBot.Testing;

namespace ServiceBot.Bot.Tests.Channels.DirectLine;

/// <summary>Transcripts and watermarks are durable: a client that comes back after the host restarted gets what it missed.</summary>
public sealed class DirectLineRestartTests
{
    [Fact]
    public async Task Reconnect_ReceivesWhatWasMissed_AfterARestart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = new FakeTimeProvider(CaseBuilder.DefaultStart);
        StartedConversation started;
        string echoId;
        await using (var before = await ChannelHost.StartAsync(database, clock: clock))
        {
            started = await before.StartConversationAsync();
            await before.WaitForActivitiesAsync(started.ConversationId, a => a.Count >= 1);
            var posted = await (await before.Client(started.Token).PostAsJsonAsync(
                $"/v3/directline/conversations/{started.ConversationId}/activities", DirectLineEndpointsTests.Message("重启前"))).OkJsonAsync();
            echoId = posted.GetProperty("id").GetString()!;
            await before.WaitForActivitiesAsync(started.ConversationId, a => a.Any(x => ChannelHost.Text(x) == "您说：重启前"));
        }

        await using var after = await ChannelHost.StartAsync(database, clock: clock);
        var watermark = echoId[(echoId.IndexOf('|', StringComparison.Ordinal) + 1)..].TrimStart('0');
        var reconnect = await (await after.Client(started.Token).GetAsync($"/v3/directline/conversations/{started.ConversationId}?watermark={watermark}")).OkJsonAsync();
        var missed = await (await after.Client(reconnect.GetProperty("token").GetString()).GetAsync(
            $"/v3/directline/conversations/{started.ConversationId}/activities?watermark={watermark}")).OkJsonAsync();
        await after.Client(started.Token).PostAsJsonAsync($"/v3/directline/conversations/{started.ConversationId}/activities", DirectLineEndpointsTests.Message("重启后"));
        var continued = await after.WaitForActivitiesAsync(started.ConversationId, a => a.Any(x => ChannelHost.Text(x) == "您说：重启后"));

        Assert.Equal("2", watermark);
        Assert.Equal("您说：重启前", ChannelHost.Text(Assert.Single(missed.GetProperty("activities").EnumerateArray())));
        Assert.Equal(
            ["企业服务助手", "重启前", "您说：重启前", "重启后", "您说：重启后"],
            continued.Select(a => ChannelHost.Text(a)!.Contains("企业服务助手", StringComparison.Ordinal) ? "企业服务助手" : ChannelHost.Text(a)));
    }
}
