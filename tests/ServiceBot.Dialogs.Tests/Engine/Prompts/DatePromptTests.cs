using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Tests.Support;

namespace ServiceBot.Dialogs.Tests.Engine.Prompts;

public sealed class DatePromptTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Theory]
    [InlineData("2026年12月5日", "2026-12-05")]
    [InlineData("12月5号", "2026-12-05")]
    [InlineData("2026-12-05", "2026-12-05")]
    [InlineData("下周一", "2026-11-30")]
    [InlineData("月底", "2026-11-30")]
    [InlineData("明天", "2026-11-24")]
    public async Task ContinueAsync_ResolvesTheDate_AgainstTodayInTheCounty(string answer, string expected)
    {
        var probe = await PromptProbe.StartedAsync(new DatePrompt("Date", new LanguageUnderstanding(Monday)), PromptOptions.Say("哪天？"));

        await probe.AnswerAsync(answer);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), probe.Result);
    }

    [Fact]
    public async Task ContinueAsync_AsksAgain_WhenNoDateIsSaid()
    {
        var probe = await PromptProbe.StartedAsync(new DatePrompt("Date", new LanguageUnderstanding(Monday)), PromptOptions.Say("哪天？"));

        var reply = Assert.Single(await probe.AnswerAsync("尽快"));

        Assert.StartsWith("没有识别到日期。", reply.Text, StringComparison.Ordinal);
    }
}
