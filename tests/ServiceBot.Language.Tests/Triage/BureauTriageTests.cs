using ServiceBot.Language.Tests.Support;
using ServiceBot.Language.Triage;

namespace ServiceBot.Language.Tests.Triage;

public sealed class BureauTriageTests
{
    private readonly BureauTriage _triage = DefaultCatalog.Triage;

    [Theory]
    [InlineData("我们厂最近三天两头停电，一停就是半天，窑炉里的东西全废了", "gdgs")]
    [InlineData("年纳税五百多万，想扩建厂房可是没有地，能不能给我们安排一块", "zrzy")]
    [InlineData("出口退税申请两个多月了还没退下来，资金压力很大", "tax")]
    [InlineData("新厂房消防验收排不上队，设备进不了场", "xfjy")]
    public void Triage_ProposesTheResponsibleBureau_ForClearProblems(string text, string expected)
    {
        var result = _triage.Triage(text);

        Assert.Equal(expected, result.Lead.Code);
        Assert.InRange(result.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Triage_ExplainsWhichWordsMatchedWhichDuty()
    {
        var result = _triage.Triage("工业园区最近经常停电，一停就是半天，损失很大");

        var hit = Assert.Single(result.Lead.DutyHits, h => h.Duty == "供电可靠性与停电");
        Assert.Contains("停电", hit.Words);
        Assert.Contains("国网县供电公司", result.Explanation);
        Assert.Contains("“停电”", result.Explanation);
        Assert.Contains("供电可靠性与停电", result.Explanation);
        Assert.Contains("把握", result.Explanation);
    }

    [Fact]
    public void Triage_RanksEveryBureau_WithProbabilitiesSummingToOne()
    {
        var result = _triage.Triage("想申请高新技术企业认定");

        Assert.Equal(DefaultCatalog.Bureaus.Count, result.Ranking.Count);
        Assert.Equal(1.0, result.Ranking.Sum(c => c.Confidence), 3);
        Assert.True(result.Ranking.Zip(result.Ranking.Skip(1)).All(p => p.First.Confidence >= p.Second.Confidence));
        Assert.Equal(3, result.Alternatives(3).Count);
        Assert.DoesNotContain(result.Lead, result.Alternatives(3));
    }

    [Fact]
    public void Triage_ProposesACategoryFromTheFixedSet()
    {
        var result = _triage.Triage("银行突然抽贷，压缩了我们五百万授信");

        Assert.Equal("融资", result.Category);
        Assert.Contains(result.Category, TriageCategories.All);
    }

    [Fact]
    public void Triage_IsUnsure_WhenNothingPointsAnywhere()
    {
        var result = _triage.Triage("你好你好你好");

        Assert.True(result.Confidence < 0.5, $"confidence {result.Confidence}");
    }

    [Fact]
    public void Train_ProposesANewBureau_FromItsDutiesAlone_ButWithoutConfidence()
    {
        var catalog = DefaultCatalog.Bureaus.Append(new BureauProfile("qxj", "县气象局", "气象灾害预警、防雷装置检测与验收、人工影响天气")).ToList();

        var result = BureauTriage.Train(catalog).Triage("气象灾害预警能不能提前通知企业");

        Assert.Equal("qxj", result.Lead.Code);
        Assert.Contains("对应其职责“气象灾害预警”", result.Explanation);
        Assert.True(result.Confidence < 0.5, "a bureau without history should go to the coordinator first");
    }

    [Fact]
    public void Train_FollowsEditedDuties()
    {
        const string Text = "防汛防台期间厂里要停工吗";
        var edited = DefaultCatalog.Bureaus.Select(b => b.Code == "yjj" ? b with { Duties = b.Duties + "、防汛防台与自然灾害防治" } : b).ToList();

        var before = DefaultCatalog.Triage.Triage(Text).Ranking.Single(c => c.Code == "yjj");
        var after = BureauTriage.Train(edited).Triage(Text);

        Assert.Equal("yjj", after.Lead.Code);
        Assert.True(after.Lead.Confidence > 2 * before.Confidence);
        Assert.Contains("防汛防台与自然灾害防治", after.Explanation);
    }

    [Fact]
    public void Train_FollowsTheCatalog_WhenAnAdministratorRemovesABureau()
    {
        var catalog = DefaultCatalog.Bureaus.Where(b => b.Code != "gdgs").ToList();

        var result = BureauTriage.Train(catalog).Triage("工业园区最近经常停电");

        Assert.NotEqual("gdgs", result.Lead.Code);
        Assert.DoesNotContain(result.Ranking, c => c.Code == "gdgs");
    }
}
