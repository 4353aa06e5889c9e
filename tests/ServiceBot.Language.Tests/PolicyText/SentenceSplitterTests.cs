using ServiceBot.Language.PolicyText;

namespace ServiceBot.Language.Tests.PolicyText;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_EndsSentencesAtFullStopsAndSemicolons_ButNotInsideQuotesOrBrackets()
    {
        var sentences = SentenceSplitter.Split("深入推进“凤凰行动”。建立培育库；对挂牌的(含新三板。)给予奖励！").ToList();

        Assert.Equal(["深入推进“凤凰行动”。", "建立培育库；", "对挂牌的(含新三板。)给予奖励！"], sentences);
    }

    [Fact]
    public void Split_KeepsATableRowAsOneSentence()
    {
        var sentences = SentenceSplitter.Split("指标 | 基数。 | 目标\n淘汰落后 | 30 | 100").ToList();

        Assert.Equal(["指标 | 基数。 | 目标", "淘汰落后 | 30 | 100"], sentences);
    }
}
