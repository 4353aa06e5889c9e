using ServiceBot.Language.PolicyText;

namespace ServiceBot.Language.Tests.PolicyText;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("二十八", 28)]
    [InlineData("一百零五", 105)]
    [InlineData("两", 2)]
    [InlineData("30", 30)]
    public void Parse_ReadsChineseAndArabicNumerals(string text, int expected) => Assert.Equal(expected, ChineseNumerals.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("条")]
    [InlineData("十条")]
    public void Parse_ReturnsNull_ForNonNumerals(string text) => Assert.Null(ChineseNumerals.Parse(text));

    [Fact]
    public void Format_IsTheInverseOfParse_From1To99()
    {
        for (var i = 1; i <= 99; i++)
        {
            Assert.Equal(i, ChineseNumerals.Parse(ChineseNumerals.Format(i)));
        }
    }
}
