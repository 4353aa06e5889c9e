using ServiceBot.Dialogs.Engine.Prompts;

namespace ServiceBot.Dialogs.Tests.Engine.Prompts;

public sealed class NumberPromptTests
{
    [Theory]
    [InlineData("30", 30)]
    [InlineData("３０", 30)]
    [InlineData("1,200", 1200)]
    [InlineData("2.5", 2.5)]
    [InlineData("三", 3)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("三十五", 35)]
    [InlineData("两个", 2)]
    [InlineData("30亩", 30)]
    public async Task ContinueAsync_ReturnsTheNumber_WhenTypedInDigitsOrChinese(string answer, double expected)
    {
        var probe = await PromptProbe.StartedAsync(new NumberPrompt("Number"), PromptOptions.Say("多少？"));

        await probe.AnswerAsync(answer);

        Assert.Equal((decimal)expected, probe.Result);
    }

    [Theory]
    [InlineData("很多")]
    [InlineData("一百二十三")]
    public void Parse_ReturnsNull_WhenTheAnswerIsNoNumberItReads(string answer)
    {
        Assert.Null(NumberPrompt.Parse(answer));
    }
}
