using ServiceBot.Language.Entities;
using ServiceBot.Language.Intents;

namespace ServiceBot.Language.Tests.Intents;

/// <summary>Everyday phrasing and typos for every intent, none of them in the labelled data.</summary>
public sealed class IntentRecognizerTests
{
    private readonly IntentRecognizer _recognizer = IntentRecognizer.Default;

    [Theory]
    [InlineData("我们厂的围墙被大风吹倒了，压坏了两辆车，想请政府帮忙看看", Intent.ReportProblem)]
    [InlineData("反映一下，园区的路灯又不亮了", Intent.ReportProblem)]
    [InlineData("提个诉求", Intent.ReportProblem)]
    [InlineData("有没有针对小微企业的房租补贴政策", Intent.AskPolicy)]
    [InlineData("高新企业认定有什么奖励", Intent.AskPolicy)]
    [InlineData("我的诉求到哪了", Intent.CheckProgress)]
    [InlineData("我的述求到那了", Intent.CheckProgress)]
    [InlineData("上次反映的停电的事有人管吗", Intent.CheckProgress)]
    [InlineData("QY2026-000123办到哪一步了", Intent.CheckProgress)]
    [InlineData("我再补充一下，出事的是二号车间", Intent.SupplementInformation)]
    [InlineData("补充材料", Intent.SupplementInformation)]
    [InlineData("不满意", Intent.EvaluateAnswer)]
    [InlineData("非常满意！", Intent.EvaluateAnswer)]
    [InlineData("这个答复我不认可，问题还是没解决", Intent.EvaluateAnswer)]
    [InlineData("撤回", Intent.Withdraw)]
    [InlineData("不用麻烦了，我们自己解决了，撤了吧", Intent.Withdraw)]
    [InlineData("转人工", Intent.TalkToPerson)]
    [InlineData("麻烦转人工客服", Intent.TalkToPerson)]
    [InlineData("我要跟真人说", Intent.TalkToPerson)]
    [InlineData("你好", Intent.Greeting)]
    [InlineData("您好，在吗？", Intent.Greeting)]
    [InlineData("帮助", Intent.Help)]
    [InlineData("你都能干什么", Intent.Help)]
    public void Recognize_FindsTheIntent_InEverydayPhrasing(string text, Intent expected)
    {
        var result = _recognizer.Recognize(text, []);

        Assert.Equal(expected, result.Intent);
        Assert.InRange(result.Confidence, IntentRecognizer.MinConfidence, 1);
        Assert.NotEmpty(result.Evidence);
    }

    [Fact]
    public void Recognize_NamesTheDecisiveRule_AsEvidence()
    {
        var result = _recognizer.Recognize("转人工", []);

        Assert.Equal(IntentRecognizer.RuleConfidence, result.Confidence);
        Assert.Equal(["规则：转人工"], result.Evidence);
        Assert.Equal(Intent.TalkToPerson, result.Ranking[0].Intent);
    }

    [Fact]
    public void Recognize_CountsIdentifyingEntities_TowardsAReport()
    {
        var result = _recognizer.Recognize("浙江华锁五金制造有限公司，13957900002，厂里的线路老化", [EntityKind.Company, EntityKind.Mobile]);

        Assert.Equal(Intent.ReportProblem, result.Intent);
        Assert.Contains("含手机号码", result.Evidence);
    }

    [Fact]
    public void Recognize_RanksEveryIntent_WithProbabilitiesSummingToOne()
    {
        var result = _recognizer.Recognize("想了解一下技改政策", []);

        Assert.Equal(Enum.GetValues<Intent>().Length - 1, result.Ranking.Count);
        Assert.Equal(1.0, result.Ranking.Sum(r => r.Probability), 3);
    }
}
