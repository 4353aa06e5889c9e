using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.DispatchCase;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Cases.Events;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Outbox;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Outbox;

/// <summary>The outbox on the provider under test: written with the change, dispatched once, retried on failure.</summary>
public sealed class OutboxProcessorTests
{
    private static readonly Actor Coordinator = new("coordinator-1", "调度员", Role.Coordinator);

    [Fact]
    public async Task ProcessPending_DispatchesEachEventOnce_AndWritesItsNotificationsOnce()
    {
        await using var services = await StartAsync();
        var number = await NewDispatchedCaseAsync(services);

        var first = await Processor(services).ProcessPendingAsync(CancellationToken.None);
        var second = await Processor(services).ProcessPendingAsync(CancellationToken.None);

        Assert.Equal(2, first); // CaseSubmitted and CaseDispatched
        Assert.Equal(0, second);
        await using var scope = services.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        Assert.All(await db.OutboxMessages.ToListAsync(), m => Assert.NotNull(m.DispatchedAt));
        var notified = await db.Notifications.Where(n => n.CaseNumber == number).Select(n => n.RecipientUserId).ToListAsync();
        Assert.Equal(["staff-user-jxj", "staff-user-zrzy"], notified.Order());
    }

    [Fact]
    public async Task ProcessPending_RollsBackAndRetriesLater_WhenAReactionFails()
    {
        var failures = new FailingReaction(failTimes: 1);
        await using var services = await StartAsync(s => s.AddSingleton<INotificationHandler<DomainEventNotification<CaseDispatched>>>(failures));
        var number = await NewDispatchedCaseAsync(services);

        await Processor(services).ProcessPendingAsync(CancellationToken.None);
        var afterFailure = await CountsAsync(services, number);
        services.Clock.Advance(TimeSpan.FromSeconds(3));
        await Processor(services).ProcessPendingAsync(CancellationToken.None);
        var afterRetry = await CountsAsync(services, number);

        Assert.Equal((Undispatched: 1, Notifications: 0, Attempts: 1), afterFailure);
        Assert.Equal((Undispatched: 0, Notifications: 2, Attempts: 2), afterRetry);
        Assert.Equal(2, failures.Calls);
    }

    [Fact]
    public async Task ProcessPending_WaitsForTheBackoff_BeforeRetrying()
    {
        var failures = new FailingReaction(failTimes: 1);
        await using var services = await StartAsync(s => s.AddSingleton<INotificationHandler<DomainEventNotification<CaseDispatched>>>(failures));
        await NewDispatchedCaseAsync(services);

        await Processor(services).ProcessPendingAsync(CancellationToken.None);
        services.Clock.Advance(TimeSpan.FromSeconds(1));
        await Processor(services).ProcessPendingAsync(CancellationToken.None);

        Assert.Equal(1, failures.Calls);
    }

    [Fact]
    public async Task ProcessPending_SkipsAMessage_WhileAnotherInstanceHoldsItsLease()
    {
        await using var services = await StartAsync();
        await NewDispatchedCaseAsync(services);
        await using (var scope = services.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
            var until = services.Clock.GetUtcNow().AddSeconds(30);
            await db.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, "other-instance").SetProperty(m => m.LockedUntil, until));
        }

        var whileLocked = await Processor(services).ProcessPendingAsync(CancellationToken.None);
        services.Clock.Advance(TimeSpan.FromSeconds(31));
        var afterExpiry = await Processor(services).ProcessPendingAsync(CancellationToken.None);

        Assert.Equal(0, whileLocked);
        Assert.Equal(2, afterExpiry);
    }

    private static OutboxProcessor Processor(TestServices services) => services.Services.GetRequiredService<OutboxProcessor>();

    private static Task<TestServices> StartAsync(Action<IServiceCollection>? configure = null) =>
        TestServices.StartAsync(configure: services =>
        {
            services.AddSingleton<Application.Notifications.IUserDirectory>(new FixedUserDirectory());
            configure?.Invoke(services);
        });

    private static async Task<string> NewDispatchedCaseAsync(TestServices services)
    {
        var created = await services.SendAsync(Coordinator, new CreateCaseCommand(
            CaseType.Problem, "用地", "我们公司年纳税600多万，想扩建厂房但没有地。", CaseUrgency.Normal, null, CaseComplexity.Normal,
            "王建国", "13957900001", "api", null, "浦江县晶彩水晶有限公司", "91330726MA28D4K2XB"));
        var number = created.Value.Number;
        var dispatched = await services.SendAsync(Coordinator, new DispatchCaseCommand(number, "zrzy", ["jxj"], false));
        Assert.True(dispatched.IsSuccess, dispatched.Error?.Message);
        return number;
    }

    private static async Task<(int Undispatched, int Notifications, int Attempts)> CountsAsync(TestServices services, string number)
    {
        await using var scope = services.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var dispatchedEvent = await db.OutboxMessages.SingleAsync(m => m.Type == nameof(CaseDispatched));
        return (
            await db.OutboxMessages.CountAsync(m => m.DispatchedAt == null),
            await db.Notifications.CountAsync(n => n.CaseNumber == number),
            dispatchedEvent.Attempts);
    }

    /// <summary>A reaction that throws the first times it is called, as a flaky downstream would.</summary>
    private sealed class FailingReaction(int failTimes) : INotificationHandler<DomainEventNotification<CaseDispatched>>
    {
        public int Calls { get; private set; }

        public Task Handle(DomainEventNotification<CaseDispatched> notification, CancellationToken cancellationToken)
        {
            Calls++;
            return Calls <= failTimes ? throw new InvalidOperationException("downstream unavailable") : Task.CompletedTask;
        }
    }
}
