using ServiceBot.Application.Cases.SearchCases;
using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Cockpit.GetBureauRanking;
using ServiceBot.Application.Tests.Cockpit;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Sla;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Cases.SearchCases;

/// <summary>Case lists on <see cref="MetricsScenario"/>: the bureau inbox, lights, and drill-downs that match the figures.</summary>
public sealed class SearchCasesHandlerTests(MetricsScenario scenario) : IClassFixture<MetricsScenario>
{
    private static readonly Actor StaffZ = new("u-staff-zrzy", "自然资源经办人", Role.BureauStaff, MetricsScenario.Z);
    private static readonly Actor StaffS = new("u-staff-swj", "商务局经办人", Role.BureauStaff, MetricsScenario.S);

    [Fact]
    public async Task Handle_ListsTheBureausOpenCasesMostPressingFirst_ForItsStaff()
    {
        var inbox = await SearchAsync(StaffZ, new SearchCasesQuery());

        // E's sign-for deadline (11-24) passed first; D's and E's answers were due 12-02; B's new answer is due 12-15.
        Assert.Equal(Names("E", "D", "B"), inbox.Select(c => c.Number));
        Assert.Equal([TrafficLight.Red, TrafficLight.Red, TrafficLight.None], inbox.Select(c => c.Light));
        Assert.Equal(-6, inbox[1].Clock!.RemainingWorkingDays);
        Assert.Equal(3, inbox[2].Clock!.RemainingWorkingDays);
    }

    [Fact]
    public async Task Handle_ShowsNoCaseOfAnotherBureau()
    {
        var inbox = await SearchAsync(StaffS, new SearchCasesQuery(Filter: CaseListFilter.All));

        Assert.Equal(Names("C"), inbox.Select(c => c.Number));
    }

    [Fact]
    public async Task Handle_ListsRedCases_ByTheirHighestLight()
    {
        var red = await SearchAsync(TestActors.Leader, new SearchCasesQuery(Light: TrafficLight.Red));
        var none = await SearchAsync(TestActors.Leader, new SearchCasesQuery(Light: TrafficLight.None));

        Assert.Equal(Names("D", "E"), red.Select(c => c.Number).Order());
        Assert.Equal(Names("B", "C"), none.Select(c => c.Number).Order());
    }

    [Theory]
    [InlineData(BureauMetric.AnswerLate, "2026-12", MetricsScenario.Z, "B,D,E")]
    [InlineData(BureauMetric.AnswerOnTime, "2026-12", null, "A,C")]
    [InlineData(BureauMetric.SignForJudged, "2026-11", MetricsScenario.Z, "A,B,D,E")]
    [InlineData(BureauMetric.SignForJudged, "2026-11", MetricsScenario.S, "C")]
    [InlineData(BureauMetric.Received, "2026-11", MetricsScenario.S, "C,D")]
    [InlineData(BureauMetric.Returned, "2026-11", MetricsScenario.S, "D")]
    [InlineData(BureauMetric.Extended, "2026-11", MetricsScenario.S, "C")]
    [InlineData(BureauMetric.Reopened, "2026-12", MetricsScenario.Z, "B")]
    [InlineData(BureauMetric.Satisfied, "2026-11", MetricsScenario.Z, "A")]
    [InlineData(BureauMetric.Satisfied, "2026-12", MetricsScenario.Z, "")]
    public async Task Handle_ListsTheCasesBehindAFigure(BureauMetric metric, string period, string? bureau, string expected)
    {
        var cases = await SearchAsync(TestActors.Leader, new SearchCasesQuery(Filter: CaseListFilter.All, Bureau: bureau, Metric: metric, Period: period));

        Assert.Equal(expected.Length == 0 ? [] : Names(expected.Split(',')), cases.Select(c => c.Number).Order());
    }

    [Fact]
    public async Task Handle_DrillDownsCountWhatTheFiguresCount_ForEveryMetricAndBureau()
    {
        var ranking = (await scenario.Services.SendAsync(TestActors.Leader, new GetBureauRankingQuery("2026-Q4"))).Value;

        // In this scenario no case has two members of one set, so the list is as long as the figure.
        foreach (var bureau in new[] { MetricsScenario.Z, MetricsScenario.S })
        {
            var counts = ranking.Bureaus.Single(b => b.Bureau.Code == bureau).Counts;
            foreach (var metric in Enum.GetValues<BureauMetric>())
            {
                var cases = await scenario.Services.SendAsync(TestActors.Leader, new SearchCasesQuery(Filter: CaseListFilter.All, Bureau: bureau, Metric: metric, Period: "2026-Q4"));
                Assert.True(counts.Count(metric) == cases.Value.Total, $"{bureau} {metric}: figure {counts.Count(metric)}, list {cases.Value.Total}");
            }
        }
    }

    [Fact]
    public async Task Handle_RefusesADrillDownWithoutAReadablePeriod()
    {
        var result = await scenario.Services.SendAsync(TestActors.Leader, new SearchCasesQuery(Metric: BureauMetric.Received, Period: "十一月"));

        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 101)]
    public async Task Handle_RefusesAPageOutOfRange(int page, int pageSize)
    {
        var result = await scenario.Services.SendAsync(TestActors.Leader, new SearchCasesQuery(Page: page, PageSize: pageSize));

        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
    }

    private async Task<IReadOnlyList<CaseListItem>> SearchAsync(Actor actor, SearchCasesQuery query)
    {
        var result = await scenario.Services.SendAsync(actor, query);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value.Items;
    }

    private IEnumerable<string> Names(params string[] names) => names.Select(n => scenario.Numbers[n]);
}
