using System.Text;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Console.Cockpit;

/// <summary>The monthly report: a CSV that Excel opens in Chinese, and a page laid out for printing.</summary>
public sealed class ReportTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    [Fact]
    public async Task Csv_IsUtf8WithAByteOrderMark_WithAHeaderAndEveryBureau()
    {
        using var browser = await ConsoleBrowser.SignInAsync(app, "leader");

        var response = await browser.GetAsync("/console/cockpit/report?handler=Csv&period=2026-11");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2026年11月", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("名次,单位代码,单位,交办件,", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",zrzy,县自然资源和规划局,", StringComparison.Ordinal));
        Assert.StartsWith(",,全县合计,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_OffersPrintingAndTheCsv_ForTheChosenMonth()
    {
        using var browser = await ConsoleBrowser.SignInAsync(app, "dispatcher");

        var html = await (await browser.GetAsync("/console/cockpit/report?period=2026-Q4")).Content.ReadAsStringAsync();

        Assert.Contains("三服务诉求办理情况月报（2026年12月）", html, StringComparison.Ordinal);
        Assert.Contains("window.print()", html, StringComparison.Ordinal);
        Assert.Contains("handler=Csv&amp;period=2026-12", html, StringComparison.Ordinal);
    }
}
