using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.DispatchCase;
using ServiceBot.Domain.Cases;
using ServiceBot.Infrastructure.Scheduling;
using ServiceBot.Testing;
using static ServiceBot.Testing.TestCalendars;

namespace ServiceBot.Infrastructure.Tests.Scheduling;

/// <summary>The sweep's trigger follows the next milestone, and a commit that brings one forward moves it at once.</summary>
public sealed class DeadlineWakeupTests
{
    [Fact]
    public async Task Request_MovesTheSweepForward_WhenACommitPlansACheckBeforeIt()
    {
        // Sleep up to an hour between sweeps; an urgent case's contact clock turns blue after 12 of its 120 minutes.
        await using var s = await DeadlineScenario.StartAsync(new Dictionary<string, string?>
        {
            ["Scheduler:DeadlineSweepMaxInterval"] = "01:00:00",
            ["Escalation:HourClockBlueRemainingShare"] = "0.9",
        });
        var wakeup = s.Services.Services.GetRequiredService<DeadlineWakeup>();
        await using var run = await SchedulerRun.StartAsync(s.Services.Services);
        await run.NextSweepAsync();
        Assert.Equal(China(2026, 11, 23, 10), wakeup.Planned);

        var created = DeadlineScenario.Ok(await s.Services.SendAsync(DeadlineScenario.Coordinator, new CreateCaseCommand(
            CaseType.Problem, "用工", "订单激增需要紧急招工200人，请协调人社部门对接。", CaseUrgency.Urgent, "月底交货", CaseComplexity.Normal,
            "王经理", "13800000000", EnterpriseName: "浦江县晶彩水晶有限公司", EnterpriseCreditCode: "91330726MA28D4K2XB")));
        await s.SendOkAsync(DeadlineScenario.Coordinator, new DispatchCaseCommand(created.Number, TestActors.LeadBureau, [], false));
        await wakeup.WhenIdleAsync();

        Assert.Equal(China(2026, 11, 23, 9, 12), wakeup.Planned);
        s.Clock.SetUtcNow(China(2026, 11, 23, 9, 12).AddSeconds(1));
        await run.NextSweepAsync();
        Assert.Equal("时限预警（蓝灯）", (await s.DetailAsync(created.Number)).Timeline[^1].Label);
        Assert.Equal(China(2026, 11, 23, 10, 12).AddSeconds(1), wakeup.Planned);
    }
}
