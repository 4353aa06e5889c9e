using ServiceBot.Language.Retrieval;

namespace ServiceBot.Language.Tests.Retrieval;

public sealed class SynonymTableTests
{
    private static readonly SynonymTable Table = SynonymTable.Parse(
    [
        "# comment",
        "用地 土地 供地",
        "买地 拿地 => 用地 供地",
        string.Empty,
    ]);

    [Fact]
    public void Expand_AddsTheOtherWordsOfAGroup_WithTheWordThatBroughtThem()
    {
        var added = Table.Expand("工业土地");

        Assert.Equal([new SynonymExpansion("用地", "土地", 2), new SynonymExpansion("供地", "土地", 2)], added);
    }

    [Fact]
    public void Expand_FollowsADirectionalRuleForward_ButNotBack()
    {
        Assert.Equal(["用地", "供地"], Table.Expand("想买地").Select(e => e.Word));
        Assert.DoesNotContain(Table.Expand("用地"), e => e.Word is "买地" or "拿地");
    }

    [Fact]
    public void Expand_AddsNothing_ForWordsOutsideTheTable() => Assert.Empty(Table.Expand("出口退税"));

    [Fact]
    public void Default_HasThePolicyVocabularyTheIssueNames()
    {
        var table = SynonymTable.Default;

        Assert.Contains(table.Expand("用地"), e => e.Word == "土地");
        Assert.Contains(table.Expand("贷款"), e => e.Word == "融资");
        Assert.Contains(table.Expand("上市"), e => e.Word == "挂牌");
        Assert.Contains(table.Expand("博士"), e => e.Word == "人才");
    }
}
