using ServiceBot.Domain.Calendar;

namespace ServiceBot.Domain.Tests.Calendar;

public sealed class HolidayNoticeFormatTests
{
    [Fact]
    public void Parse_ExpandsRangesAndMakeUpDays_FromNoticeJson()
    {
        const string json = """{"years":[{"year":2026,"notice":"n","holidays":[{"name":"春节","off":["2026-02-15","2026-02-23"],"workdays":["2026-02-14","2026-02-28"]}]}]}""";

        var year = Assert.Single(HolidayNoticeFormat.Parse(json).Value);

        Assert.Equal(9, year.DaysOff.Count);
        Assert.Contains(new DateOnly(2026, 2, 23), year.DaysOff);
        Assert.Equal([new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 28)], year.MakeUpWorkdays.Order());
    }

    [Theory]
    [InlineData("not json", "不是有效的 JSON")]
    [InlineData("""{"years":[]}""", "没有任何年度")]
    [InlineData("""{"years":[{"year":2026,"holidays":[{"name":"x","off":["2026-02-15"]}]}]}""", "起止两个日期")]
    [InlineData("""{"years":[{"year":2026,"holidays":[{"name":"x","off":["2026-02-15","2026-02-16"],"workdays":["2026-02-17"]}]}]}""", "周六或周日")]
    public void Parse_ExplainsInChinese_WhenFileIsMalformed(string json, string expected)
    {
        var result = HolidayNoticeFormat.Parse(json);

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error!.Message);
    }
}
