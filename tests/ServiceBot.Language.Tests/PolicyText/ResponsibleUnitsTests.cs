using ServiceBot.Language.PolicyText;

namespace ServiceBot.Language.Tests.PolicyText;

public sealed class ResponsibleUnitsTests
{
    [Fact]
    public void Extract_ListsTheUnitsInOrder_AndRemovesTheClause()
    {
        var (text, units) = ResponsibleUnits.Extract("提高土地容积率。(责任单位:区自然资源和规划分局、区经信局、区市场监管局等)");

        Assert.Equal("提高土地容积率。", text);
        Assert.Equal(["区自然资源和规划分局", "区经信局", "区市场监管局"], units);
    }

    [Fact]
    public void Extract_ReadsLeadAndSupportingUnits_WithEitherKindOfParentheses()
    {
        var (_, units) = ResponsibleUnits.Extract("加快项目招引。（牵头单位：县投资促进中心；配合单位：县商务局，县经信局）");

        Assert.Equal(["县投资促进中心", "县商务局", "县经信局"], units);
    }

    [Fact]
    public void Extract_LeavesOtherParenthesesAlone()
    {
        var (text, units) = ResponsibleUnits.Extract("推进浦江(杭州)科创中心建设。");

        Assert.Equal("推进浦江(杭州)科创中心建设。", text);
        Assert.Empty(units);
    }
}
