using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Tests.Engine.Prompts;

public sealed class AttachmentPromptTests
{
    [Fact]
    public async Task ContinueAsync_ReturnsTheFiles_WhenTheUserSendsSome()
    {
        var probe = await PromptProbe.StartedAsync(new AttachmentPrompt("Files"), PromptOptions.Say("请上传照片"));
        TurnAttachment[] files = [new("现场.jpg", "image/jpeg", 1200, "2026/11/abc")];

        await probe.AnswerAsync(null, files);

        Assert.Equal(files, (IReadOnlyList<TurnAttachment>)probe.Result!);
    }

    [Fact]
    public async Task ContinueAsync_ReturnsNoFiles_WhenSkippingIsAllowedAndTheUserSkips()
    {
        var probe = await PromptProbe.StartedAsync(new AttachmentPrompt("Files"), new PromptOptions { Prompt = Reply.Say("有照片吗？"), AllowSkip = true });

        await probe.AnswerAsync("没有");

        Assert.Empty((IReadOnlyList<TurnAttachment>)probe.Result!);
    }

    [Fact]
    public async Task ContinueAsync_AsksForFiles_WhenTheUserOnlyWritesAndFilesAreRequired()
    {
        var probe = await PromptProbe.StartedAsync(new AttachmentPrompt("Files"), PromptOptions.Say("请上传营业执照"));

        var reply = Assert.Single(await probe.AnswerAsync("没有"));

        Assert.StartsWith("没有收到文件。", reply.Text, StringComparison.Ordinal);
        Assert.False(probe.Answered);
    }
}
