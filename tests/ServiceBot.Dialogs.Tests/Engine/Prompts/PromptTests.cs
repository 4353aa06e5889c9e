using ServiceBot.Dialogs.Engine.Prompts;

namespace ServiceBot.Dialogs.Tests.Engine.Prompts;

public sealed class PromptTests
{
    [Fact]
    public async Task ContinueAsync_GivesTheReasonAndAsksAgain_WhenTheAnswerIsUnusable()
    {
        var probe = await PromptProbe.StartedAsync(new NumberPrompt("Age"), PromptOptions.Say("您几岁？", "请再说一次年龄。"));

        var replies = await probe.AnswerAsync("不告诉你");

        Assert.Equal("没有识别到数字。\n请再说一次年龄。", Assert.Single(replies).Text);
        Assert.False(probe.Answered);
    }

    [Fact]
    public async Task ContinueAsync_UsesTheValidatorsReason_WhenTheValueIsRecognisedButRefused()
    {
        var probe = await PromptProbe.StartedAsync(
            new NumberPrompt("Age", (age, _, _) => Task.FromResult(age > 0 ? null : "年龄应大于0。")), PromptOptions.Say("您几岁？"));

        var replies = await probe.AnswerAsync("0");

        Assert.Equal("年龄应大于0。\n您几岁？", Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public async Task ContinueAsync_GivesUpAndEndsTheFlow_AfterMaxAttemptsUnusableAnswers(int maxAttempts)
    {
        var probe = await PromptProbe.StartedAsync(new NumberPrompt("Age"), PromptOptions.Say("您几岁？"), new DialogOptions { MaxAttempts = maxAttempts });

        for (var i = 1; i < maxAttempts; i++)
        {
            Assert.Contains("您几岁？", Assert.Single(await probe.AnswerAsync("不知道")).Text, StringComparison.Ordinal);
        }

        var last = Assert.Single(await probe.AnswerAsync("不知道"));
        var after = await probe.AnswerAsync("35");

        Assert.Contains("没能理解", last.Text, StringComparison.Ordinal);
        Assert.Equal(["重新开始", "转人工"], last.SuggestedActions.Select(a => a.Title));
        Assert.False(probe.Answered);
        Assert.Equal("您几岁？", Assert.Single(after).Text);
    }
}
