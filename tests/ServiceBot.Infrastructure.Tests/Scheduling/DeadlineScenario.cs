using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.DispatchCase;
using ServiceBot.Application.Cases.GetCase;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Outbox;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Infrastructure.Scheduling;
using ServiceBot.Infrastructure.Seeding;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Scheduling;

/// <summary>
/// The application over a test database and a fake clock, with the people a deadline concerns as accounts, and
/// short ways to act on a case, run the deadline sweep and deliver notifications.
/// </summary>
internal sealed class DeadlineScenario(TestServices services) : IAsyncDisposable
{
    public static Actor Coordinator { get; } = TestActors.Coordinator;

    public TestServices Services => services;

    public FakeTimeProvider Clock => services.Clock;

    public static async Task<DeadlineScenario> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var services = await TestServices.StartAsync(settings: settings);
        await services.InScopeAsync(Actor.System, async sp =>
        {
            var accounts = sp.GetRequiredService<DemoAccounts>();
            await accounts.EnsureAsync("dispatcher", "调度员", Role.Coordinator, "Demo@2026", bureau: "ssfb");
            await accounts.EnsureAsync("leader", "分管副县长", Role.CountyLeader, "Demo@2026", leader: "industry-deputy");
            foreach (var bureau in new[] { TestActors.LeadBureau, TestActors.OtherBureau, TestActors.CoBureau })
            {
                await accounts.EnsureAsync($"staff-{bureau}", "经办人", Role.BureauStaff, "Demo@2026", bureau);
                await accounts.EnsureAsync($"head-{bureau}", "负责人", Role.BureauHead, "Demo@2026", bureau);
            }

            return true;
        });
        return new DeadlineScenario(services);
    }

    /// <summary>A normal problem (7 working days to answer) reported now and dispatched to 自然资源和规划局 alone.</summary>
    public async Task<string> DispatchedCaseAsync(string lead = TestActors.LeadBureau, params string[] coHandlers)
    {
        var created = Ok(await services.SendAsync(Coordinator, new CreateCaseCommand(
            CaseType.Problem, "用地", "企业扩建厂房需要新增工业用地约30亩，希望协调供地指标。", CaseUrgency.Normal, null, CaseComplexity.Normal,
            "王经理", "13800000000", EnterpriseName: "浦江县晶彩水晶有限公司", EnterpriseCreditCode: "91330726MA28D4K2XB")));
        Ok(await services.SendAsync(Coordinator, new DispatchCaseCommand(created.Number, lead, coHandlers, false)));
        return created.Number;
    }

    public async Task SendOkAsync(Actor actor, IRequest<Result> request) => Ok(await services.SendAsync(actor, request));

    public Task<DeadlineSweepResult> SweepAsync() => services.Services.GetRequiredService<DeadlineSweeper>().SweepAsync(CancellationToken.None);

    /// <summary>Moves the fake clock to <paramref name="at"/> and sweeps there; returns the actions taken, as "Kind:Action".</summary>
    public async Task<IReadOnlyList<string>> SweepAtAsync(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        var result = await SweepAsync();
        return result.Transitions.Select(t => $"{t.Transition.Kind?.ToString() ?? "Case"}:{t.Transition.Action}").ToList();
    }

    public Task<int> DeliverNotificationsAsync() => services.Services.GetRequiredService<OutboxProcessor>().ProcessPendingAsync(CancellationToken.None);

    public async Task<CaseDetail> DetailAsync(string number) => Ok(await services.SendAsync(Coordinator, new GetCaseQuery(number)));

    public static ClockView ClockOf(CaseDetail detail, ClockKind kind) => detail.Clocks.Single(k => k.Kind == kind && k.Status is ClockStatus.Running or ClockStatus.Paused);

    /// <summary>The inbox titles of one account, oldest first.</summary>
    public Task<List<string>> InboxAsync(string userName) => services.InScopeAsync(null, async sp =>
    {
        var db = sp.GetRequiredService<ServiceBotDbContext>();
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return await db.Set<InboxNotification>().Where(n => n.RecipientUserId == id).OrderBy(n => n.CreatedAt).Select(n => n.Title).ToListAsync();
    });

    public Task<List<string>> TimelineActionsAsync(string number) => services.InScopeAsync(null, async sp =>
        await sp.GetRequiredService<ServiceBotDbContext>().Cases.Where(c => c.Number == number)
            .SelectMany(c => c.Timeline).OrderBy(t => t.Sequence).Select(t => t.Action).ToListAsync());

    public ValueTask DisposeAsync() => services.DisposeAsync();

    public static T Ok<T>(Result<T> result) => CaseBuilder.Ok(result);

    public static void Ok(Result result) => CaseBuilder.Ok(result);
}
