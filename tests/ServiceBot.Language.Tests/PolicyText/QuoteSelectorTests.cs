using ServiceBot.Language.PolicyText;
using ServiceBot.Language.Retrieval;

namespace ServiceBot.Language.Tests.PolicyText;

public sealed class QuoteSelectorTests
{
    private static readonly QueryAnalyzer Analyzer = QueryAnalyzer.Default;

    [Fact]
    public void Select_QuotesTheSentencesThatAnswer_InDocumentOrder()
    {
        var article = SeedTexts.Parse(SeedTexts.Pujiang).Articles.Single(a => a.Citation == "第20条").Text;
        var query = Analyzer.Analyze("我们想扩建厂房但没有地，县里对年税收500万以上的企业有什么用地政策？");

        var quotes = QuoteSelector.Select(article, query, _ => 1.0);

        Assert.Equal(2, quotes.Count);
        Assert.Contains("对年税收500万元以上且有用地需求的制造业企业优先供地", quotes[0]);
        Assert.Contains("提高容积率,不再增收土地价款", quotes[1]);
    }

    [Fact]
    public void Select_QuotesTheHeaderRowWithTheMatchingRows_OfATable()
    {
        var table = SeedTexts.Parse(SeedTexts.Shangyu).Articles.Single(a => a.Kind == ParsedArticleKind.Table).Text;

        var quotes = QuoteSelector.Select(table, Analyzer.Analyze("淘汰落后产能企业的目标是多少家？"), _ => 1.0);

        Assert.StartsWith("指标类别", quotes[0]);
        Assert.Contains(quotes, q => q.StartsWith("淘汰落后 | 4 | 淘汰落后产能企业(家)", StringComparison.Ordinal));
    }

    [Fact]
    public void Select_FallsBackToTheFirstSentence_WhenNoSentenceShares_AWord()
    {
        var quotes = QuoteSelector.Select("第一句话。第二句话。", Analyzer.Analyze("出口退税"), _ => 1.0);

        Assert.Equal(["第一句话。"], quotes);
    }
}
