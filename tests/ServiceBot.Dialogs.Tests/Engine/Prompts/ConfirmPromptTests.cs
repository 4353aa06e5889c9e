using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Tests.Engine.Prompts;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("是", true)]
    [InlineData("好的呀", true)]
    [InlineData("没问题！", true)]
    [InlineData("OK", true)]
    [InlineData("否", false)]
    [InlineData("不用了", false)]
    [InlineData("不对", false)]
    public async Task ContinueAsync_ReturnsYesOrNo_WhenTheAnswerSaysIt(string answer, bool expected)
    {
        var probe = await PromptProbe.StartedAsync(new ConfirmPrompt("Confirm"), PromptOptions.Say("确定吗？"));

        await probe.AnswerAsync(answer);

        Assert.Equal(expected, probe.Result);
    }

    [Fact]
    public async Task ContinueAsync_TakesTheFirstOfTwoOwnChoicesAsYes()
    {
        var options = new PromptOptions { Prompt = Reply.Say("解决了吗？"), Choices = [Choice.Of("已解决"), Choice.Of("未解决")] };
        var probe = new PromptProbe(new ConfirmPrompt("Confirm"), options);
        var buttons = Assert.Single(await probe.StartAsync()).SuggestedActions.Select(a => a.Title);

        await probe.AnswerAsync("未解决");

        Assert.Equal(["已解决", "未解决"], buttons);
        Assert.Equal(false, probe.Result);
    }

    [Fact]
    public async Task ContinueAsync_AsksForYesOrNo_WhenTheAnswerIsNeither()
    {
        var probe = await PromptProbe.StartedAsync(new ConfirmPrompt("Confirm"), PromptOptions.Say("确定吗？"));

        var reply = Assert.Single(await probe.AnswerAsync("再想想"));

        Assert.StartsWith("请回答“是”或“否”。", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["是", "否"], reply.SuggestedActions.Select(a => a.Title));
    }
}
