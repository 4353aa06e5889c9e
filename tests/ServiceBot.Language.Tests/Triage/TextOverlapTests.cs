using ServiceBot.Language.Triage;

namespace ServiceBot.Language.Tests.Triage;

public sealed class TextOverlapTests
{
    [Fact]
    public void Jaccard_IsOne_ForTheSameWordsWithOtherPunctuation()
    {
        var similarity = TextOverlap.Jaccard(TextOverlap.Bigrams("停电了，损失很大！"), TextOverlap.Bigrams("停电了 损失很大"));

        Assert.Equal(1.0, similarity);
    }

    [Fact]
    public void Jaccard_CountsSharedBigramsOverAllBigrams()
    {
        // 停电/电了 against 停电/电费: one shared of three.
        var similarity = TextOverlap.Jaccard(TextOverlap.Bigrams("停电了"), TextOverlap.Bigrams("停电费"));

        Assert.Equal(1.0 / 3, similarity, 6);
    }

    [Fact]
    public void MaxJaccard_IsTheClosestOfTheOthers()
    {
        var others = new[] { "申请高新技术企业", "工业园区经常停电" }.Select(TextOverlap.Bigrams).ToList();

        var similarity = TextOverlap.MaxJaccard("园区经常停电", others);

        Assert.Equal(5.0 / 7, similarity, 6);
    }
}
