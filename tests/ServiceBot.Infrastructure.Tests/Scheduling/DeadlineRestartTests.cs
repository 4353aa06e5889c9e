using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.SignForCase;
using ServiceBot.Domain.Cases;
using ServiceBot.Infrastructure.Scheduling;
using ServiceBot.Testing;
using static ServiceBot.Testing.TestCalendars;

namespace ServiceBot.Infrastructure.Tests.Scheduling;

/// <summary>
/// The deadline engine across restarts, driven by Quartz.NET itself (persistent store on the test database) on the
/// fake clock: clocks planned, the process stopped, time moved past several deadlines, the process started again.
/// </summary>
public sealed class DeadlineRestartTests
{
    [Fact]
    public async Task Restart_TakesEveryOverdueTransitionExactlyOnce_AfterTimeMovedPastSeveralDeadlines()
    {
        await using var s = await DeadlineScenario.StartAsync();
        var signedFor = await s.DispatchedCaseAsync();
        var unsigned = await s.DispatchedCaseAsync(TestActors.OtherBureau);
        s.Clock.SetUtcNow(China(2026, 11, 23, 10));
        await s.SendOkAsync(TestActors.LeadStaff, new SignForCaseCommand(signedFor));

        // Process 1: the start-up sweep finds nothing due and plans the next wake-up, at most a minute ahead.
        await using (var run = await SchedulerRun.StartAsync(s.Services.Services))
        {
            await run.NextSweepAsync();
            Assert.Equal(China(2026, 11, 23, 10, 1), s.Services.Services.GetRequiredService<DeadlineWakeup>().Planned);

            // Quartz fires the moved trigger when the fake clock reaches it: the sign-for clocks turn blue at 00:00.
            s.Clock.SetUtcNow(China(2026, 11, 24, 0, 0).AddSeconds(5));
            await run.NextSweepAsync();
        }

        Assert.Equal(1, await CountAsync(s, unsigned, Case.DeadlineWarningAction));

        // Stopped. Meanwhile the sign-for deadline, the answer deadline, 督办 and 提级 all pass.
        s.Clock.SetUtcNow(China(2026, 12, 11, 9));
        await s.Services.RestartAsync();

        // Process 2 catches up at start-up, then runs again when its trigger comes round: nothing more happens.
        await using (var run = await SchedulerRun.StartAsync(s.Services.Services))
        {
            await run.NextSweepAsync();
            s.Clock.Advance(TimeSpan.FromMinutes(1));
            await run.NextSweepAsync();
        }

        // Process 3: a start-up sweep over data that has already moved on.
        await s.Services.RestartAsync();
        await using (var run = await SchedulerRun.StartAsync(s.Services.Services))
        {
            await run.NextSweepAsync();
        }

        foreach (var number in new[] { signedFor, unsigned })
        {
            Assert.Equal(1, await CountAsync(s, number, nameof(CaseTrigger.Urge)));
            Assert.Equal(1, await CountAsync(s, number, nameof(CaseTrigger.Supervise)));
            Assert.Equal(1, await CountAsync(s, number, nameof(CaseTrigger.EscalateToLeader)));
            Assert.Equal(EscalationLevel.Elevated, (await s.DetailAsync(number)).EscalationLevel);
        }

        // Signed for at once: only the answer clock's red, as blue and yellow were passed over while stopped.
        Assert.Equal(["签收", "时限预警（红灯）", "催办", "督办", "提级"], (await s.DetailAsync(signedFor)).Timeline.Skip(2).Select(t => t.Label));
        // Never signed for: sign-for blue, then at restart the missed sign-for (yellow) and the answer's red.
        Assert.Equal(
            ["时限预警（蓝灯）", "时限预警（黄灯）", "时限预警（红灯）", "催办", "督办", "提级"],
            (await s.DetailAsync(unsigned)).Timeline.Skip(2).Select(t => t.Label));
    }

    private static async Task<int> CountAsync(DeadlineScenario s, string number, string action) =>
        (await s.TimelineActionsAsync(number)).Count(a => a == action);
}
