using ServiceBot.Language.Retrieval;

namespace ServiceBot.Language.Tests.Retrieval;

public sealed class QueryAnalyzerTests
{
    private static readonly QueryAnalyzer Analyzer = new(
        SynonymTable.Parse(["用地 土地"]),
        StopPhrases.Parse(["请问", "有没有", "吗"]),
        RetrievalSettings.Default);

    [Fact]
    public void Analyze_CutsStopPhrases_SoNoBigramBridgesThem()
    {
        var query = Analyzer.Analyze("请问有没有用地补贴吗");

        Assert.Equal(["用地", "地补", "补贴"], query.Terms.Where(t => !t.IsExpansion).Select(t => t.Term));
        Assert.DoesNotContain(query.Terms, t => t.Term is "问有" or "没用" or "贴吗");
    }

    [Fact]
    public void Analyze_AddsSynonymsWithALowerWeight_StandingForTheWordThatBroughtThem()
    {
        var query = Analyzer.Analyze("用地");

        var synonym = Assert.Single(query.Terms, t => t.IsExpansion);
        Assert.Equal("土地", synonym.Term);
        Assert.Equal(RetrievalSettings.Default.SynonymWeight, synonym.Weight);
        var index = query.Terms.ToList().IndexOf(synonym);
        Assert.Contains(new TermOccurrence(index, 0, 2), query.Occurrences);
    }

    [Fact]
    public void Analyze_NormalisesWidthAndCase()
    {
        var query = Analyzer.Analyze("５Ｇ项目");

        Assert.Equal("5g项目", query.Text);
        Assert.Contains(query.Terms, t => t.Term == "5g");
    }

    [Fact]
    public void Analyze_IsEmpty_ForAQuestionOfStopPhrasesOnly() => Assert.True(Analyzer.Analyze("请问吗").IsEmpty);
}
