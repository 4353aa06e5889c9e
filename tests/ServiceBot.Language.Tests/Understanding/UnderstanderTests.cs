using ServiceBot.Language.Entities;
using ServiceBot.Language.Intents;
using ServiceBot.Language.Tests.Support;
using ServiceBot.Language.Understanding;

namespace ServiceBot.Language.Tests.Understanding;

public sealed class UnderstanderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly string[] Gazetteer = ["浦阳街道", "仙华街道", "黄宅镇", "白马镇", "郑家坞镇"];
    private readonly Understander _understander = new(Gazetteer, Validators.CreditCode);

    [Fact]
    public void Understand_TakesEverythingFromOneMessage_SoNothingNeedsAskingAgain()
    {
        var result = _understander.Understand(
            "我是浦江县晶彩水晶有限公司的王建国，统一社会信用代码91330726MA28D4K2XB，电话13957900001，我们想扩建厂房但没有地", Today);

        Assert.Equal(Intent.ReportProblem, result.Intent.Intent);
        Assert.Equal("浦江县晶彩水晶有限公司", result.Company);
        Assert.Equal("91330726MA28D4K2XB", result.CreditCode);
        Assert.Equal("王建国", result.Person);
        Assert.Equal("13957900001", result.Mobile);
        Assert.Equal("我们想扩建厂房但没有地", result.ProblemText);
    }

    [Fact]
    public void Understand_KeepsEveryProblemClause_AndDropsOnlyTheIntroduction()
    {
        var result = _understander.Understand("联系人李秀英，13957900002。工业园区经常停电，上周停了两次，希望下周一前解决", Today);

        Assert.Equal("工业园区经常停电，上周停了两次，希望下周一前解决", result.ProblemText);
        Assert.Equal("李秀英", result.Person);
        Assert.Equal(
            [(new DateOnly(2026, 11, 16), (DateOnly?)new DateOnly(2026, 11, 22)), (new DateOnly(2026, 11, 30), null)],
            result.Dates.Select(d => (d.Date!.Value, d.EndDate)));
    }

    [Fact]
    public void Understand_ReportsInvalidCode_SoTheDialogCanAskToCheckIt()
    {
        var result = _understander.Understand("我们的统一社会信用代码是91330726MA28D4K2XC", Today);

        Assert.Null(result.CreditCode);
        Assert.Equal("91330726MA28D4K2XC", result.InvalidCreditCode?.Value);
    }

    [Fact]
    public void Understand_FindsPlaceAndAmount_InAProblem()
    {
        var result = _understander.Understand("我们厂在白马镇，去年纳税600多万，想在黄宅拿地", Today);

        Assert.Equal(["白马镇", "黄宅镇"], result.All(EntityKind.Place).Select(e => e.Value));
        Assert.Equal(6_000_000m, Assert.Single(result.Amounts).Amount);
    }

    [Theory]
    [InlineData("我的诉求到哪了", Intent.CheckProgress)]
    [InlineData("不满意", Intent.EvaluateAnswer)]
    [InlineData("转人工", Intent.TalkToPerson)]
    public void Understand_RecognisesTheIssuesExamples_WithoutProblemText(string text, Intent intent)
    {
        var result = _understander.Understand(text, Today);

        Assert.Equal(intent, result.Intent.Intent);
        Assert.Null(result.ProblemText);
    }

    [Fact]
    public void Understand_ReturnsUnknown_ForAnEmptyMessage()
    {
        var result = _understander.Understand("  ", Today);

        Assert.Equal(Intent.Unknown, result.Intent.Intent);
        Assert.Empty(result.Entities);
    }
}
