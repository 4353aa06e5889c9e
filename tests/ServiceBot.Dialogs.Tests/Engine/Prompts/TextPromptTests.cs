using ServiceBot.Dialogs.Engine.Prompts;

namespace ServiceBot.Dialogs.Tests.Engine.Prompts;

public sealed class TextPromptTests
{
    [Fact]
    public async Task ContinueAsync_ReturnsTheText_WhenOneIsTyped()
    {
        var probe = await PromptProbe.StartedAsync(new TextPrompt("Text"), PromptOptions.Say("请描述问题"));

        await probe.AnswerAsync("  厂房漏水  ");

        Assert.Equal("厂房漏水", probe.Result);
    }

    [Fact]
    public async Task ContinueAsync_ReturnsEmptyText_WhenSkippingIsAllowedAndTheUserSkips()
    {
        var probe = await PromptProbe.StartedAsync(new TextPrompt("Text"), new PromptOptions { Prompt = Turns.Reply.Say("还有意见吗？"), AllowSkip = true });

        await probe.AnswerAsync("不用了");

        Assert.Equal(string.Empty, probe.Result);
    }

    [Fact]
    public async Task StartAsync_OffersToSkip_WhenSkippingIsAllowed()
    {
        var probe = new PromptProbe(new TextPrompt("Text"), new PromptOptions { Prompt = Turns.Reply.Say("还有意见吗？"), AllowSkip = true });

        var replies = await probe.StartAsync();

        Assert.Equal(["跳过"], Assert.Single(replies).SuggestedActions.Select(a => a.Title));
    }
}
