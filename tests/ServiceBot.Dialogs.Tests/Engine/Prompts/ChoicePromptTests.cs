using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Tests.Engine.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly PromptOptions Options = new()
    {
        Prompt = Reply.Say("这件事紧急吗？"),
        Choices = [new("normal", "一般", ["不急"]), new("urgent", "紧急", ["很急"])],
    };

    [Fact]
    public async Task StartAsync_ShowsTheChoicesAsButtons()
    {
        var probe = new PromptProbe(new ChoicePrompt("Choice"), Options);

        var replies = await probe.StartAsync();

        Assert.Equal(["一般", "紧急"], Assert.Single(replies).SuggestedActions.Select(a => a.Title));
    }

    [Theory]
    [InlineData("一般", "normal")]
    [InlineData("紧急！", "urgent")]
    [InlineData("不急的", "normal")]
    [InlineData("2", "urgent")]
    [InlineData("第一个", "normal")]
    [InlineData("这个很急啊", "urgent")]
    public async Task ContinueAsync_ReturnsTheChoiceValue_WhenTheAnswerNamesOne(string answer, string value)
    {
        var probe = await PromptProbe.StartedAsync(new ChoicePrompt("Choice"), Options);

        await probe.AnswerAsync(answer);

        Assert.Equal(value, probe.Result);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("随便")]
    [InlineData("一般吧，也挺紧急")]
    public async Task ContinueAsync_AsksAgainWithTheButtons_WhenTheAnswerNamesNoneOrSeveral(string answer)
    {
        var probe = await PromptProbe.StartedAsync(new ChoicePrompt("Choice"), Options);

        var reply = Assert.Single(await probe.AnswerAsync(answer));

        Assert.False(probe.Answered);
        Assert.StartsWith("没有对应的选项。", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["一般", "紧急"], reply.SuggestedActions.Select(a => a.Title));
    }
}
