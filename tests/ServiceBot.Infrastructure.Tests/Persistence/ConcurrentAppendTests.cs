using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Persistence;

public sealed class ConcurrentAppendTests
{
    /// <summary>
    /// Two writers that loaded the same case both append its next timeline entry. Whichever statement the database
    /// refuses first — the case's version check or the timeline's unique (case, sequence) index — the loser must see
    /// a concurrency conflict (409 for the API, a retry for the outbox), never a bare database error.
    /// </summary>
    [Fact]
    public async Task SaveChanges_ThrowsConcurrencyConflict_WhenAnotherWriterAppendedToTheCaseFirst()
    {
        await using var services = await TestServices.StartAsync();
        var coordinator = new Actor("c", "调度员", Role.Coordinator);
        var created = await services.SendAsync(coordinator, new CreateCaseCommand(
            CaseType.Problem, null, "厂区门口道路被压坏，货车进出困难。", CaseUrgency.Normal, null, CaseComplexity.Normal,
            "陈志强", "13957900003", "api", null, "浦江恒绗家纺有限公司", "91330726MA2E1HJ575"));
        var number = created.Value!.Number;
        await using var first = services.Services.CreateAsyncScope();
        await using var second = services.Services.CreateAsyncScope();
        var (db1, case1) = await LoadAsync(first.ServiceProvider, number);
        var (db2, case2) = await LoadAsync(second.ServiceProvider, number);
        var contexts = first.ServiceProvider.GetRequiredService<LifecycleContextFactory>();
        Assert.True(case1.Dispatch(new DispatchPlan("zrzy", []), contexts.Create(coordinator)).IsSuccess);
        Assert.True(case2.Dispatch(new DispatchPlan("jxj", []), contexts.Create(coordinator)).IsSuccess);

        await db1.SaveChangesAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db2.SaveChangesAsync());
    }

    /// <summary>
    /// The same for a handoff: a staff reply and a user's message recorded at once take the same message number; the
    /// loser must see a conflict (the chat records the message again), never a bare database error.
    /// </summary>
    [Fact]
    public async Task SaveChanges_ThrowsConcurrencyConflict_WhenAnotherWriterRecordedAHandoffMessageFirst()
    {
        await using var services = await TestServices.StartAsync();
        var handoff = Handoff.Request("webchat:c1", null, "请求人工", services.Clock.GetUtcNow());
        await services.InScopeAsync(null, sp =>
        {
            var db = sp.GetRequiredService<ServiceBotDbContext>();
            db.Handoffs.Add(handoff);
            return db.SaveChangesAsync();
        });
        await using var first = services.Services.CreateAsyncScope();
        await using var second = services.Services.CreateAsyncScope();
        var (db1, handoff1) = await LoadHandoffAsync(first.ServiceProvider, handoff.Id);
        var (db2, handoff2) = await LoadHandoffAsync(second.ServiceProvider, handoff.Id);
        db1.HandoffMessages.Add(handoff1.Record(HandoffParty.User, null, "访客", "是城北那块地", [], services.Clock.GetUtcNow()).Value);
        db2.HandoffMessages.Add(handoff2.Record(HandoffParty.Staff, "s1", "三服务办 李", "请讲", [], services.Clock.GetUtcNow()).Value);

        await db1.SaveChangesAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db2.SaveChangesAsync());
    }

    private static async Task<(ServiceBotDbContext Db, Handoff Handoff)> LoadHandoffAsync(IServiceProvider services, Guid id)
    {
        var db = services.GetRequiredService<ServiceBotDbContext>();
        return (db, await db.Handoffs.SingleAsync(h => h.Id == id));
    }

    private static async Task<(ServiceBotDbContext Db, Case Case)> LoadAsync(IServiceProvider services, string number)
    {
        var db = services.GetRequiredService<ServiceBotDbContext>();
        return (db, (await db.Cases.ForActionAsync(number, CancellationToken.None))!);
    }
}
