using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Infrastructure.Deliveries;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Deliveries;

/// <summary>Deliveries are queued once per key, sent in order per target, retried with backoff, and given up after the last attempt.</summary>
public sealed class DeliveryProcessorTests : IAsyncLifetime
{
    private readonly ScriptedSender _sender = new();
    private TestServices? _services;

    private TestServices Services => _services!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync(
        settings: new Dictionary<string, string?> { ["Notifications:MaxAttempts"] = "3" },
        configure: s => s.AddScoped<IDeliverySender>(_ => _sender));

    public async Task DisposeAsync() => await Services.DisposeAsync();

    [Fact]
    public async Task Enqueue_AddsADeliveryOnce_PerIdempotencyKey()
    {
        var first = await EnqueueAsync("event-1:a", "a");
        var again = await EnqueueAsync("event-1:a", "a");

        await ProcessAsync();

        Assert.True(first);
        Assert.False(again);
        Assert.Equal(["a:event-1:a"], _sender.Sent);
    }

    [Fact]
    public async Task Process_SendsOneTargetsDeliveriesInOrder_AndHoldsYoungerOnesWhileAnOlderOneWaits()
    {
        _sender.FailuresLeft["1"] = 1;
        await EnqueueAsync("1", "a");
        await EnqueueAsync("2", "a");
        await EnqueueAsync("3", "b");

        await ProcessAsync();
        var afterFirstRound = _sender.Sent.ToList();
        Services.Clock.Advance(TimeSpan.FromSeconds(2));
        await ProcessAsync();

        Assert.Equal(["b:3"], afterFirstRound);
        Assert.Equal(["b:3", "a:1", "a:2"], _sender.Sent);
    }

    [Fact]
    public async Task Process_WaitsLongerAfterEveryFailure()
    {
        _sender.FailuresLeft["1"] = 2;
        await EnqueueAsync("1", "a");

        await ProcessAsync();
        var first = await DeliveryAsync("1");
        Services.Clock.Advance(TimeSpan.FromSeconds(2));
        await ProcessAsync();
        var second = await DeliveryAsync("1");

        Assert.Equal(Services.Clock.GetUtcNow(), first.NextAttemptAt);
        Assert.Equal(Services.Clock.GetUtcNow() + TimeSpan.FromSeconds(4), second.NextAttemptAt);
        Assert.Equal(2, second.Attempts);
        Assert.Empty(_sender.Sent);
    }

    [Fact]
    public async Task Process_GivesUpAfterTheLastAttempt_AndLetsTheNextOneGo()
    {
        _sender.FailuresLeft["1"] = 100;
        await EnqueueAsync("1", "a");
        await EnqueueAsync("2", "a");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await ProcessAsync();
            Services.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await ProcessAsync();

        var given = await DeliveryAsync("1");
        Assert.NotNull(given.FailedAt);
        Assert.Equal(3, given.Attempts);
        Assert.Equal(["a:2"], _sender.Sent);
    }

    private async Task<bool> EnqueueAsync(string key, string target)
    {
        await using var scope = Services.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeliveryWriter>().EnqueueAsync(key, ScriptedSender.KindName, target, "{}", null, CancellationToken.None);
    }

    private Task<int> ProcessAsync() => Services.Services.GetRequiredService<DeliveryProcessor>().ProcessPendingAsync(CancellationToken.None);

    private async Task<Delivery> DeliveryAsync(string key)
    {
        await using var scope = Services.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>().Deliveries.AsNoTracking().SingleAsync(d => d.IdempotencyKey == key);
    }

    /// <summary>Fails a delivery as many times as the test says, then records it as sent.</summary>
    private sealed class ScriptedSender : IDeliverySender
    {
        public const string KindName = "scripted";

        public Dictionary<string, int> FailuresLeft { get; } = [];

        public List<string> Sent { get; } = [];

        public string Kind => KindName;

        public Task<DeliveryResult> SendAsync(DeliveryItem delivery, CancellationToken cancellationToken)
        {
            if (FailuresLeft.TryGetValue(delivery.IdempotencyKey, out var left) && left > 0)
            {
                FailuresLeft[delivery.IdempotencyKey] = left - 1;
                return Task.FromResult(DeliveryResult.Retry("unavailable"));
            }

            Sent.Add($"{delivery.Target}:{delivery.IdempotencyKey}");
            return Task.FromResult(DeliveryResult.Delivered);
        }
    }
}
