using ServiceBot.Language.Entities;

namespace ServiceBot.Language.Tests.Entities;

public sealed class ChineseNumberTests
{
    [Theory]
    [InlineData("五", 5)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("三百五十", 350)]
    [InlineData("三百五", 350)]
    [InlineData("一百零五", 105)]
    [InlineData("两千", 2000)]
    [InlineData("一万二", 12000)]
    [InlineData("三亿五千万", 350_000_000)]
    [InlineData("1.5", 1.5)]
    [InlineData("600", 600)]
    public void Parse_ReadsDigitsAndNumerals(string text, decimal expected)
    {
        Assert.Equal(expected, ChineseNumber.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("多少")]
    public void Parse_ReturnsNull_ForNonNumbers(string text)
    {
        Assert.Null(ChineseNumber.Parse(text));
    }
}
