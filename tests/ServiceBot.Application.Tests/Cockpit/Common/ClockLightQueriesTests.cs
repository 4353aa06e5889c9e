using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.DispatchCase;
using ServiceBot.Application.Cases.SignForCase;
using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Sla;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Cockpit.Common;

/// <summary>
/// The database's red and yellow conditions and blue candidates agree with <see cref="ClockMilestones.LightAt"/>,
/// clock by clock, at every six hours over four weeks, for ordinary, urgent (hour clock) and co-handled cases.
/// </summary>
public sealed class ClockLightQueriesTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _services = await TestServices.StartAsync(TestCalendars.China(2026, 11, 23, 9));
        var dispatchDays = new[] { (11, 23, 9), (11, 24, 16), (11, 27, 11), (12, 1, 9) };
        foreach (var (month, day, hour) in dispatchDays)
        {
            _services.Clock.SetUtcNow(TestCalendars.China(2026, month, day, hour));
            foreach (var (urgency, co) in new[] { (CaseUrgency.Normal, Array.Empty<string>()), (CaseUrgency.Urgent, []), (CaseUrgency.Normal, new[] { "jxj" }) })
            {
                var created = await _services.SendAsync(TestActors.Coordinator, new CreateCaseCommand(
                    CaseType.Problem, "用地", "企业扩建厂房需要新增工业用地，希望协调供地。", urgency, urgency == CaseUrgency.Urgent ? "订单月底交付" : null,
                    CaseComplexity.Normal, "王建国", "13957900001", "api", null, "浦江县晶彩水晶有限公司", "91330726MA28D4K2XB"));
                await _services.SendAsync(TestActors.Coordinator, new DispatchCaseCommand(created.Value.Number, "zrzy", co, false));
                if (co.Length > 0)
                {
                    await _services.SendAsync(TestActors.LeadStaff, new SignForCaseCommand(created.Value.Number));
                }
            }
        }
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Queries_AgreeWithTheMilestones_AtEverySixHoursOverFourWeeks()
    {
        var checkedLights = new Dictionary<TrafficLight, int>();
        for (var now = TestCalendars.China(2026, 11, 23, 9); now < TestCalendars.China(2026, 12, 21, 9); now = now.AddHours(6))
        {
            await _services.InScopeAsync(Actor.System, async sp =>
            {
                var db = sp.GetRequiredService<IApplicationDbContext>();
                var context = sp.GetRequiredService<LifecycleContextFactory>().Create(Actor.System) with { Now = now };
                var today = context.Deadlines.LocalDate(now);
                var clocks = await db.AllClocks().ToListAsync();
                var lights = clocks.ToDictionary(k => k.Id, k => Case.LightOf(k, context));
                var red = await db.AllClocks().Where(ClockLightQueries.Red(now)).Select(k => k.Id).ToListAsync();
                var yellow = await db.AllClocks().Where(ClockLightQueries.Yellow(now, today)).Select(k => k.Id).ToListAsync();
                var blue = await db.AllClocks()
                    .Where(ClockLightQueries.BlueCandidate(now, today, ClockLightQueries.BlueHorizon(context.Sla, context.Deadlines, today)))
                    .Select(k => k.Id)
                    .ToListAsync();

                Assert.Equal(lights.Where(l => l.Value == TrafficLight.Red).Select(l => l.Key).Order(), red.Order());
                Assert.Equal(lights.Where(l => l.Value == TrafficLight.Yellow).Select(l => l.Key).Order(), yellow.Order());
                Assert.Subset(blue.ToHashSet(), lights.Where(l => l.Value == TrafficLight.Blue).Select(l => l.Key).ToHashSet());
                Assert.DoesNotContain(blue, id => lights[id] is TrafficLight.Red or TrafficLight.Yellow);
                foreach (var light in lights.Values)
                {
                    checkedLights[light] = checkedLights.GetValueOrDefault(light) + 1;
                }

                return 0;
            });
        }

        // The walk really met every light, so each comparison above was exercised.
        Assert.All([TrafficLight.None, TrafficLight.Blue, TrafficLight.Yellow, TrafficLight.Red], light => Assert.True(checkedLights.GetValueOrDefault(light) > 0, light.ToString()));
    }
}
