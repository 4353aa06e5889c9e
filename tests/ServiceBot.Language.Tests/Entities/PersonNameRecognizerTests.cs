using ServiceBot.Language.Entities;

namespace ServiceBot.Language.Tests.Entities;

public sealed class PersonNameRecognizerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly EntityExtractor _extractor = new();

    [Theory]
    [InlineData("我是浦江县晶彩水晶有限公司的王建国，电话13957900001", "王建国")]
    [InlineData("联系人王海，手机13605791111", "王海")]
    [InlineData("联系人：李秀英", "李秀英")]
    [InlineData("我叫郑国强，是浦江县诚信五金厂的老板", "郑国强")]
    [InlineData("我是陈志强", "陈志强")]
    [InlineData("我是办公室的周静", "周静")]
    [InlineData("我是外贸部的小刘", "小刘")]
    [InlineData("我姓王", "王")]
    [InlineData("负责人是欧阳明", "欧阳明")]
    [InlineData("联系人张先生", "张先生")]
    [InlineData("我叫王芳想问一下", "王芳")]
    public void Extract_FindsNames_WherePeopleIntroduceThemselves(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(_extractor.Extract(text, Today), e => e.Kind == EntityKind.Person).Value);
    }

    [Theory]
    [InlineData("我是做水晶的")]
    [InlineData("我是浦江县美佳工艺品有限公司的财务")]
    [InlineData("王建国")]
    [InlineData("我是老板")]
    public void Extract_FindsNoName_WithoutAnIntroduction(string text)
    {
        Assert.DoesNotContain(_extractor.Extract(text, Today), e => e.Kind == EntityKind.Person);
    }
}
