using ServiceBot.Language.Entities;

namespace ServiceBot.Language.Tests.Entities;

/// <summary>Relative dates resolved against Monday 2026-11-23.</summary>
public sealed class DateRecognizerTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private readonly EntityExtractor _extractor = new();

    [Theory]
    [InlineData("下周一能来吗", "2026-11-30")]
    [InlineData("这周五之前", "2026-11-27")]
    [InlineData("周五", "2026-11-27")]
    [InlineData("星期天也可以", "2026-11-29")]
    [InlineData("下下周三", "2026-12-09")]
    [InlineData("上礼拜二来检查过", "2026-11-17")]
    [InlineData("月底前必须交货", "2026-11-30")]
    [InlineData("下个月底", "2026-12-31")]
    [InlineData("月中", "2026-11-15")]
    [InlineData("明天", "2026-11-24")]
    [InlineData("后天上午", "2026-11-25")]
    [InlineData("大后天", "2026-11-26")]
    [InlineData("昨天又停电了", "2026-11-22")]
    [InlineData("3月5号", "2026-03-05")]
    [InlineData("2027年1月15日", "2027-01-15")]
    [InlineData("2026-12-01", "2026-12-01")]
    [InlineData("下月5号", "2026-12-05")]
    [InlineData("三天后", "2026-11-26")]
    [InlineData("年底", "2026-12-31")]
    [InlineData("明年底", "2027-12-31")]
    public void Extract_ResolvesDay(string text, string expected)
    {
        var date = Assert.Single(_extractor.Extract(text, Monday), e => e.Kind == EntityKind.Date);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Null(date.EndDate);
    }

    [Theory]
    [InlineData("下个月", "2026-12-01", "2026-12-31")]
    [InlineData("本月", "2026-11-01", "2026-11-30")]
    [InlineData("下周", "2026-11-30", "2026-12-06")]
    [InlineData("这周末", "2026-11-28", "2026-11-29")]
    [InlineData("两周内", "2026-11-23", "2026-12-07")]
    [InlineData("2027年3月", "2027-03-01", "2027-03-31")]
    [InlineData("月初", "2026-11-01", "2026-11-10")]
    public void Extract_ResolvesPeriod(string text, string start, string end)
    {
        var date = Assert.Single(_extractor.Extract(text, Monday), e => e.Kind == EntityKind.Date);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.EndDate);
    }

    [Theory]
    [InlineData("年产5万件")]
    [InlineData("三年内上市")]
    [InlineData("一周来了五次")]
    public void Extract_FindsNoDate_InOtherTimeWords(string text)
    {
        Assert.DoesNotContain(_extractor.Extract(text, Monday), e => e.Kind == EntityKind.Date);
    }
}
