using ServiceBot.Language.Entities;

namespace ServiceBot.Language.Tests.Entities;

public sealed class AmountRecognizerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly EntityExtractor _extractor = new();

    [Theory]
    [InlineData("我们公司年纳税600多万", 6_000_000)]
    [InlineData("总投资1.2亿元", 120_000_000)]
    [InlineData("流动资金缺口三千万", 30_000_000)]
    [InlineData("投资两个多亿", 200_000_000)]
    [InlineData("补助批了68万元", 680_000)]
    [InlineData("一个亿的项目", 100_000_000)]
    [InlineData("罚了五千块", 5_000)]
    [InlineData("奖励金额 20000 元", 20_000)]
    [InlineData("贷款三亿五千万", 350_000_000)]
    public void Extract_ReadsAmountsInYuan(string text, decimal yuan)
    {
        var amount = Assert.Single(_extractor.Extract(text, Today), e => e.Kind == EntityKind.Amount);

        Assert.Equal(yuan, amount.Amount);
    }

    [Theory]
    [InlineData("年产5万件")]
    [InlineData("用能三千吨标煤")]
    [InlineData("员工三百多人")]
    public void Extract_IgnoresQuantitiesThatAreNotMoney(string text)
    {
        Assert.DoesNotContain(_extractor.Extract(text, Today), e => e.Kind == EntityKind.Amount);
    }
}
