using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Outbox;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Benchmarks;

/// <summary>
/// Open cases made through the real lifecycle (so their clocks and next checks are what the service would plan),
/// written in batches.
/// </summary>
internal static class CaseGenerator
{
    private const int BatchSize = 2_000;
    private static readonly string[] Bureaus = ["zrzy", "jxj", "swj", "fgj", "scjg", "sthj", "kjj", "rsj", "zjj", "tax"];
    private static readonly Actor Coordinator = new("bench-dispatcher", "调度员", Role.Coordinator);

    /// <summary>
    /// The waiting load: cases dispatched and signed for now, 80% ordinary (7 working days), 20% complex with a
    /// co-handler (30 working days, and a 3-day co-handler clock). Their first milestones are at least a working day
    /// away, so none falls due while the benchmark measures.
    /// </summary>
    public static async Task<Guid> BackgroundAsync(IServiceProvider services, int count, CancellationToken cancellationToken)
    {
        var enterprise = await EnterpriseAsync(services, cancellationToken).ConfigureAwait(false);
        for (var start = 0; start < count; start += BatchSize)
        {
            var size = Math.Min(BatchSize, count - start);
            await InScopeAsync(services, (db, contexts) =>
            {
                var context = contexts.Create(Coordinator);
                for (var i = start; i < start + size; i++)
                {
                    var complex = i % 5 == 0;
                    var lead = Bureaus[i % Bureaus.Length];
                    var c = Submit(enterprise, i + 1, CaseUrgency.Normal, complex ? CaseComplexity.Complex : CaseComplexity.Normal, context);
                    Ok(c.Dispatch(new DispatchPlan(lead, complex ? [Bureaus[(i + 1) % Bureaus.Length]] : [], false), context));
                    Ok(c.SignFor(context with { Actor = new Actor("bench-staff", "经办人", Role.BureauStaff, lead) }));
                    db.Cases.Add(c);
                }
            }, cancellationToken).ConfigureAwait(false);
        }

        await MarkOutboxDispatchedAsync(services, cancellationToken).ConfigureAwait(false);
        return enterprise;
    }

    /// <summary>
    /// Urgent cases whose 2-hour contact clocks run out at the given instants: dispatched and signed for two hours
    /// before each. Saved in one transaction, as a burst of intake would be. Returns their ids.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> FallingDueAsync(IServiceProvider services, Guid enterprise, int firstNumber, IReadOnlyList<DateTimeOffset> dueAt, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        await InScopeAsync(services, (db, contexts) =>
        {
            var template = contexts.Create(Coordinator);
            for (var i = 0; i < dueAt.Count; i++)
            {
                var context = template with { Now = dueAt[i].AddHours(-template.Sla.UrgentContactHours) };
                var lead = Bureaus[i % Bureaus.Length];
                var c = Submit(enterprise, firstNumber + i, CaseUrgency.Urgent, CaseComplexity.Normal, context);
                Ok(c.Dispatch(new DispatchPlan(lead, [], false), context));
                Ok(c.SignFor(context with { Actor = new Actor("bench-staff", "经办人", Role.BureauStaff, lead) }));
                db.Cases.Add(c);
                ids.Add(c.Id);
            }
        }, cancellationToken).ConfigureAwait(false);
        await MarkOutboxDispatchedAsync(services, cancellationToken).ConfigureAwait(false);
        return ids;
    }

    private static Case Submit(Guid enterprise, int number, CaseUrgency urgency, CaseComplexity complexity, LifecycleContext context)
    {
        var submission = new CaseSubmission(
            enterprise,
            CaseType.Problem,
            "用地",
            "企业扩建厂房需要新增工业用地约30亩，希望协调供地指标。",
            urgency,
            urgency == CaseUrgency.Urgent ? "订单已到，月底前必须开工" : null,
            complexity,
            "王经理",
            "13800000000",
            "bench");
        var created = Case.Submit(submission, CaseNumber.Format(2026, number), context);
        return created.IsSuccess ? created.Value : throw new InvalidOperationException(created.Error!.Message);
    }

    private static async Task<Guid> EnterpriseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var enterprise = Enterprise.Register("浦江县晶彩水晶有限公司", "91330726MA28D4K2XB", "浦阳街道", "水晶玻璃制品", TimeProvider.System.GetUtcNow()).Value;
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return enterprise.Id;
    }

    /// <summary>A steady state: the events of these cases were delivered long ago.</summary>
    private static async Task MarkOutboxDispatchedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var now = TimeProvider.System.GetUtcNow();
        await db.Set<OutboxMessage>().Where(m => m.DispatchedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, now), cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task InScopeAsync(IServiceProvider services, Action<ServiceBotDbContext, LifecycleContextFactory> fill, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Actor = Actor.System;
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        fill(db, scope.ServiceProvider.GetRequiredService<LifecycleContextFactory>());
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Ok(ServiceBot.Domain.Common.Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error!.Message);
        }
    }
}
