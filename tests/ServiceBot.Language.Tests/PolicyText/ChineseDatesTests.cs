using ServiceBot.Language.PolicyText;

namespace ServiceBot.Language.Tests.PolicyText;

public sealed class ChineseDatesTests
{
    [Theory]
    [InlineData("有效期至2023年12月31日。", 2023, 12, 31)]
    [InlineData("二〇二三年十二月三十一日", 2023, 12, 31)]
    [InlineData("PubDate 2022-01-05 10:00", 2022, 1, 5)]
    [InlineData("2024.3.8", 2024, 3, 8)]
    public void Parse_ReadsEveryWrittenForm(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ChineseDates.Parse(text));

    [Theory]
    [InlineData("2023年2月30日")]
    [InlineData("到2025年")]
    [InlineData("")]
    public void Parse_ReturnsNull_WhenThereIsNoRealDay(string text) => Assert.Null(ChineseDates.Parse(text));

    [Fact]
    public void Format_WritesTheDateAsPeopleReadIt() => Assert.Equal("2023年12月31日", ChineseDates.Format(new DateOnly(2023, 12, 31)));
}
