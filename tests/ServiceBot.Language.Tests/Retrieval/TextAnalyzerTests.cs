using ServiceBot.Language.Retrieval;

namespace ServiceBot.Language.Tests.Retrieval;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Terms_AreBigramsOfChineseRuns_AndWholeLatinOrDigitTokens()
    {
        var terms = TextAnalyzer.Terms("年税收500万元，５Ｇ产业", unigrams: false).ToList();

        Assert.Equal(["年税", "税收", "500", "万元", "5g", "产业"], terms);
    }

    [Fact]
    public void Terms_IncludeUnigrams_WhenAsked()
    {
        var terms = TextAnalyzer.Terms("用地", unigrams: true).ToList();

        Assert.Equal(["用", "地", "用地"], terms);
    }

    [Fact]
    public void Terms_KeepALoneCharacter_EvenWithoutUnigrams()
    {
        Assert.Equal(["地"], TextAnalyzer.Terms("地", unigrams: false));
    }

    [Fact]
    public void TermsWithPositions_PointAtWhereEachTermStarts()
    {
        var terms = TextAnalyzer.TermsWithPositions("供地 500万", unigrams: false).ToList();

        Assert.Equal([("供地", 0), ("500", 3), ("万", 6)], terms);
    }
}
