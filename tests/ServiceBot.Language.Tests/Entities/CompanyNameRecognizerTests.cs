using ServiceBot.Language.Entities;

namespace ServiceBot.Language.Tests.Entities;

public sealed class CompanyNameRecognizerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly EntityExtractor _extractor = new();

    [Theory]
    [InlineData("我是浦江县晶彩水晶有限公司的王建国", "浦江县晶彩水晶有限公司")]
    [InlineData("浙江华锁五金制造有限公司，联系人李秀英", "浙江华锁五金制造有限公司")]
    [InlineData("我叫郑国强，是浦江县诚信五金厂的老板", "浦江县诚信五金厂")]
    [InlineData("我们是浦江恒达集团，想咨询", "浦江恒达集团")]
    [InlineData("来自浙江天成电子股份有限公司", "浙江天成电子股份有限公司")]
    [InlineData("浦江ABC电子有限责任公司", "浦江ABC电子有限责任公司")]
    [InlineData("你好，兴达水晶厂想反映个问题", "兴达水晶厂")]
    public void Extract_FindsCompanyNames_ByTheirLegalForm(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(_extractor.Extract(text, Today), e => e.Kind == EntityKind.Company).Value);
    }

    [Fact]
    public void Extract_KeepsTextAsTyped_AndFoldsFullWidthInTheValue()
    {
        var company = Assert.Single(_extractor.Extract("晶彩水晶（浦江）有限公司", Today), e => e.Kind == EntityKind.Company);

        Assert.Equal("晶彩水晶（浦江）有限公司", company.Text);
        Assert.Equal("晶彩水晶(浦江)有限公司", company.Value);
    }

    [Theory]
    [InlineData("我们公司年纳税600多万")]
    [InlineData("融资担保公司要求的反担保条件太苛刻了")]
    [InlineData("我们这种二三十个人的小厂也要改吗")]
    [InlineData("想扩建厂房但没有地")]
    [InlineData("一家锁厂")]
    [InlineData("被外地一家公司仿冒了")]
    [InlineData("走集团化发展道路")]
    public void Extract_FindsNoCompany_InGenericMentions(string text)
    {
        Assert.DoesNotContain(_extractor.Extract(text, Today), e => e.Kind == EntityKind.Company);
    }
}
