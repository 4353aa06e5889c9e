using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Cockpit.GetBureauRanking;
using ServiceBot.Domain.Common;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Cockpit.GetBureauRanking;

/// <summary>The bureaus' figures on <see cref="MetricsScenario"/>, against values worked out by hand there.</summary>
public sealed class GetBureauRankingHandlerTests(MetricsScenario scenario) : IClassFixture<MetricsScenario>
{
    [Fact]
    public async Task Handle_CountsNovembersSignForsReturnsExtensionsAndEvaluations_ForEachBureau()
    {
        var ranking = await RankingAsync("2026-11");

        var z = Counts(ranking, MetricsScenario.Z);
        var s = Counts(ranking, MetricsScenario.S);
        Assert.Equal(new BureauCounts(
            Received: 4, SignForJudged: 4, SignForOnTime: 2, AnswerJudged: 0, AnswerOnTime: 0, AnswerLate: 0, OverdueWorkingDays: 0,
            Returned: 0, Extended: 0, Answered: 1, Reopened: 0, Evaluated: 1, Satisfied: 1, Solved: 1), z);
        Assert.Equal(new BureauCounts(
            Received: 2, SignForJudged: 1, SignForOnTime: 1, AnswerJudged: 0, AnswerOnTime: 0, AnswerLate: 0, OverdueWorkingDays: 0,
            Returned: 1, Extended: 1, Answered: 0, Reopened: 0, Evaluated: 0, Satisfied: 0, Solved: 0), s);
        Assert.Equal(0.5, z.TimelySignForRate);
        Assert.Equal(0.5, s.ReturnRate);
        Assert.Equal(0.5, s.ExtensionRate);
        Assert.Null(z.OnTimeAnswerRate);
    }

    [Fact]
    public async Task Handle_CountsDecembersAnswersLatenessAndReopenings_ForEachBureau()
    {
        var ranking = await RankingAsync("2026-12");

        Assert.Equal(new BureauCounts(
            Received: 0, SignForJudged: 0, SignForOnTime: 0, AnswerJudged: 4, AnswerOnTime: 1, AnswerLate: 3, OverdueWorkingDays: 13,
            Returned: 0, Extended: 0, Answered: 1, Reopened: 1, Evaluated: 1, Satisfied: 0, Solved: 0), Counts(ranking, MetricsScenario.Z));
        Assert.Equal(new BureauCounts(
            Received: 0, SignForJudged: 0, SignForOnTime: 0, AnswerJudged: 1, AnswerOnTime: 1, AnswerLate: 0, OverdueWorkingDays: 0,
            Returned: 0, Extended: 0, Answered: 1, Reopened: 0, Evaluated: 0, Satisfied: 0, Solved: 0), Counts(ranking, MetricsScenario.S));
    }

    [Fact]
    public async Task Handle_ScoresAndRanksWithTheDefaultWeights()
    {
        var november = await RankingAsync("2026-11");
        var december = await RankingAsync("2026-12");

        // November, 自然资源: 100 × (0.5×10 + 1×5 + 1×5 + 1×10 + 1×30 + 1×15) / 75 = 93.3; 商务: 100 × (1×10 + 0.5×5 + 0.5×5) / 20 = 75.
        Assert.Equal([(MetricsScenario.Z, 93.3, 1), (MetricsScenario.S, 75.0, 2)], november.Top.Select(b => (b.Bureau.Code, b.Score!.Value, b.Rank!.Value)));

        // December, 自然资源: 100 × (0.25×25 + 0×10 + 0×30 + 0×15) / 80 − 13 × 0.2 = 5.2; 商务: 100 × (1×25 + 1×10) / 35 = 100.
        Assert.Equal([(MetricsScenario.S, 100.0, 1), (MetricsScenario.Z, 5.2, 2)], december.Top.Select(b => (b.Bureau.Code, b.Score!.Value, b.Rank!.Value)));
        Assert.Equal(MetricsScenario.Z, december.Bottom[0].Bureau.Code);
        Assert.All(december.Bureaus.Where(b => b.Bureau.Code is not (MetricsScenario.Z or MetricsScenario.S)), b => Assert.Null(b.Rank));
    }

    [Fact]
    public async Task Handle_TotalsTheCountyAsTheSumOfTheBureaus()
    {
        var ranking = await RankingAsync("2026-Q4");

        Assert.Equal(6, ranking.County.Received);
        Assert.Equal(5, ranking.County.AnswerJudged);
        Assert.Equal(3, ranking.County.AnswerLate);
        Assert.Equal(2, ranking.County.Evaluated);
        Assert.Equal(ranking.Bureaus.Sum(b => b.Counts.Satisfied), ranking.County.Satisfied);
    }

    [Fact]
    public async Task Handle_RefusesAnUnreadablePeriod()
    {
        var result = await scenario.Services.SendAsync(TestActors.Leader, new GetBureauRankingQuery("2026-13"));

        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
    }

    [Fact]
    public async Task Handle_IsForbidden_ForBureauStaff()
    {
        var result = await scenario.Services.SendAsync(TestActors.LeadStaff, new GetBureauRankingQuery("2026-11"));

        Assert.Equal(ErrorKind.Forbidden, result.Error!.Kind);
    }

    private async Task<BureauRanking> RankingAsync(string period)
    {
        var result = await scenario.Services.SendAsync(TestActors.Leader, new GetBureauRankingQuery(period));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private static BureauCounts Counts(BureauRanking ranking, string bureau) => ranking.Bureaus.Single(b => b.Bureau.Code == bureau).Counts;
}
