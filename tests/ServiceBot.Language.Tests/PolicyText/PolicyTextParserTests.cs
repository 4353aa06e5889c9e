using ServiceBot.Language.PolicyText;

namespace ServiceBot.Language.Tests.PolicyText;

public sealed class PolicyTextParserTests
{
    [Fact]
    public void Parse_GivesTheSeedDocumentsTheirParts()
    {
        Assert.Equal(29, SeedTexts.Parse(SeedTexts.Pujiang).Articles.Count);
        Assert.Equal(37, SeedTexts.Parse(SeedTexts.Shangyu).Articles.Count);
    }

    [Fact(Timeout = 30000)]
    public async Task Parse_StaysLinear_OnAMultiMegabyteLine()
    {
        // A regular expression that backtracks over a whole line turned a 3.5 MB upload into minutes of work once.
        var padding = string.Concat(Enumerable.Repeat("本条款为测试填充内容，用于验证长文本的处理时间。", 80000));
        var source = PolicySource.FromPlainText("关于长文本测试的通知\n1.第一条。内容。\n2.第二条。" + padding + "\n" + padding + "印发");

        var parsed = await Task.Run(() => PolicyTextParser.Parse(source));

        Assert.Equal(2, parsed.Articles.Count);
        Assert.True(parsed.Articles[1].Text.Length > 2_000_000);
    }
}
