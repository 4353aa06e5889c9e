using ServiceBot.Dialogs.Tests.Support;

namespace ServiceBot.Dialogs.Tests.Engine;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task Steps_RunInOrder_EachWithThePreviousAnswer()
    {
        var engine = await StartAsync(nameof(SurveyDialog));

        await engine.SayAsync("张伟");
        var confirm = await engine.SayAsync("三十五");
        var done = await engine.SayAsync("是的");

        Assert.Equal("张伟，35岁，对吗？", Assert.Single(confirm).Text);
        Assert.Equal("登记完成", Assert.Single(done).Text);
    }

    [Fact]
    public async Task GoToAsync_AsksFromTheNamedStepAgain_WhenTheUserCorrectsAnAnswer()
    {
        var engine = await StartAsync(nameof(SurveyDialog));
        await engine.SayAsync("张伟");
        await engine.SayAsync("35");

        var again = await engine.SayAsync("不对");
        await engine.SayAsync("张薇");
        await engine.SayAsync("36");
        var done = await engine.SayAsync("对");

        Assert.Equal("您叫什么名字？", Assert.Single(again).Text);
        Assert.Equal("登记完成", Assert.Single(done).Text);
    }

    [Fact]
    public async Task EndAsync_ResumesTheParentWithTheResult_WhenAChildDialogEnds()
    {
        var engine = await StartAsync(nameof(HostDialog));
        await engine.SayAsync("张伟");
        await engine.SayAsync("35");

        var replies = await engine.SayAsync("是");

        Assert.Equal(["登记完成", "子流程返回：张伟"], replies.Select(r => r.Text));
        Assert.Contains("\"stack\":[]", engine.Store.Json(EngineHarness.Conversation), StringComparison.Ordinal);
    }

    private static async Task<EngineHarness> StartAsync(string dialog)
    {
        var engine = new EngineHarness([new SurveyDialog(), new HostDialog()]) { Route = (dc, ct) => dc.BeginDialogAsync(dialog, null, ct) };
        await engine.SayAsync("开始");
        return engine;
    }
}
