using ServiceBot.Application.Cockpit.GetCockpitOverview;
using ServiceBot.Domain.Cases;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Cockpit.GetCockpitOverview;

/// <summary>The live counts on <see cref="MetricsScenario"/> at 2026-12-10 12:00.</summary>
public sealed class GetCockpitOverviewHandlerTests(MetricsScenario scenario) : IClassFixture<MetricsScenario>
{
    [Fact]
    public async Task Handle_CountsOpenCasesByStateBureauAndLight()
    {
        var result = await scenario.Services.SendAsync(TestActors.Leader, new GetCockpitOverviewQuery());

        // Open: B (reopened, handling), C (answered, waiting for the evaluation), D (handling), E (not signed for). A is closed.
        var overview = result.Value;
        Assert.Equal(4, overview.Open);

        // Red: D and E are overdue (due 12-02); B's new answer clock runs to 12-15 and C's evaluation clock has no light.
        Assert.Equal(2, overview.Red);
        Assert.Equal(0, overview.Yellow);
        Assert.Equal(new[] { (CaseState.Dispatched.ToString(), 1, 1), (CaseState.Handling.ToString(), 2, 1), (CaseState.Answered.ToString(), 1, 0) },
            overview.ByState.Select(r => (r.Key, r.Open, r.Red)));
        Assert.Equal(new[] { ("zrzy", 3, 2), ("swj", 1, 0) }, overview.ByBureau.Select(r => (r.Key, r.Open, r.Red)));
        Assert.Equal(("浦阳街道", 4, 2), overview.ByTown.Select(r => (r.Label, r.Open, r.Red)).Single());
    }
}
