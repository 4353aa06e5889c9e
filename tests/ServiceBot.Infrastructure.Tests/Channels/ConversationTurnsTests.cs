using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Conversations;
using ServiceBot.Infrastructure.Channels;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Channels;

/// <summary>
/// The turn queue and its lease, on the provider under test: one owner at a time, taken over only after it ran
/// out, and a late owner's completion refused.
/// </summary>
public sealed class ConversationTurnsTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private TestServices? _services;

    private TestServices Services => _services!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public async Task DisposeAsync() => await Services.DisposeAsync();

    [Fact]
    public async Task TryClaim_RefusesASecondOwner_UntilTheLeaseRunsOut()
    {
        var conversation = await QueueAsync("a", "1");

        var first = await TurnsAsync(t => t.TryClaimAsync(conversation, "first", Lease, CancellationToken.None));
        var second = await TurnsAsync(t => t.TryClaimAsync(conversation, "second", Lease, CancellationToken.None));
        Services.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var takeover = await TurnsAsync(t => t.TryClaimAsync(conversation, "second", Lease, CancellationToken.None));

        Assert.True(first);
        Assert.False(second);
        Assert.True(takeover);
    }

    [Fact]
    public async Task Complete_IsRefused_ForAnOwnerWhoseLeaseWasTakenOver()
    {
        var conversation = await QueueAsync("b", "1");
        await TurnsAsync(t => t.TryClaimAsync(conversation, "slow", Lease, CancellationToken.None));
        var turn = await TurnsAsync(t => t.NextAsync(conversation, CancellationToken.None));
        Services.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        await TurnsAsync(t => t.TryClaimAsync(conversation, "fast", Lease, CancellationToken.None));

        var late = await TurnsAsync(t => t.CompleteAsync(turn!.Id, "slow", Lease, null, null, CancellationToken.None));
        var owner = await TurnsAsync(t => t.CompleteAsync(turn!.Id, "fast", Lease, "{}", null, CancellationToken.None));

        Assert.False(late);
        Assert.True(owner);
        Assert.Equal("{}", (await TurnsAsync(t => t.OutcomeAsync(turn!.Id, CancellationToken.None)))?.Outcome);
    }

    [Fact]
    public async Task Next_GivesTheOldestWaitingTurn_AndRetriesAreQueuedOnce()
    {
        var conversation = await QueueAsync("c", "1");
        await QueueAsync("c", "2");
        var retry = await QueueAsync("c", "1");

        var next = await TurnsAsync(t => t.NextAsync(conversation, CancellationToken.None));

        Assert.Contains("\"n\":\"1\"", next!.Payload);
        Assert.Equal(conversation, retry);
        await using var scope = Services.Services.CreateAsyncScope();
        var duplicate = await scope.ServiceProvider.GetRequiredService<ChannelInbox>().EnqueueAsync(Request("c", "1"), CancellationToken.None);
        Assert.True(duplicate!.Duplicate);
        Assert.Equal(next.Id, duplicate.InboundId);
    }

    [Fact]
    public async Task Enqueue_RefusesAnUnknownConversation_WhenItMayNotBeCreated()
    {
        await using var scope = Services.Services.CreateAsyncScope();

        var refused = await scope.ServiceProvider.GetRequiredService<ChannelInbox>().EnqueueAsync(
            new InboundRequest("directline:nobody", "directline:nobody|1", "test", InboundMode.Normal, _ => "{}"), CancellationToken.None);

        Assert.Null(refused);
    }

    private async Task<string> QueueAsync(string conversation, string activityId)
    {
        await using var scope = Services.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ChannelInbox>().EnqueueAsync(Request(conversation, activityId), CancellationToken.None);
        return ChatConversation.KeyFor("test", conversation);
    }

    private InboundRequest Request(string conversation, string activityId)
    {
        var key = ChatConversation.KeyFor("test", conversation);
        return new InboundRequest(
            key,
            $"{key}|{activityId}",
            "test",
            InboundMode.Normal,
            _ => $"{{\"n\":\"{activityId}\"}}",
            NewConversation: () => ChatConversation.Start("test", conversation, "https://channel.test/", "bot", null, "user", null, "zh-CN", null, Services.Clock.GetUtcNow()));
    }

    private async Task<T> TurnsAsync<T>(Func<ConversationTurns, Task<T>> work)
    {
        await using var scope = Services.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ConversationTurns>());
    }
}
