using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Conversations.DialogStates;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Interruptions;
using ServiceBot.Dialogs.Tests.Support;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Tests.Engine;

public sealed class DialogEngineTests
{
    [Fact]
    public async Task RunAsync_RoutesTheMessage_WhenNoDialogIsActive()
    {
        var engine = Harness();

        await engine.SayAsync("你好");

        Assert.Equal(["你好"], engine.Routed);
    }

    [Fact]
    public async Task RunAsync_ContinuesTheStoredStack_OnTheNextTurn()
    {
        var engine = await StartedSurveyAsync();

        var replies = await engine.SayAsync("张伟");

        Assert.Equal("您几岁？", Assert.Single(replies).Text);
        Assert.Equal(["开始"], engine.Routed);
    }

    [Fact]
    public async Task RunAsync_KeepsTheStoredStateSmallAndVersioned_WhileAPromptWaits()
    {
        var engine = await StartedSurveyAsync();

        await engine.SayAsync("张伟");

        var json = engine.Store.Json(EngineHarness.Conversation)!;
        Assert.Contains("\"schema\":1", json, StringComparison.Ordinal);
        Assert.Contains("\"stepName\":\"AskAgeStepAsync\"", json, StringComparison.Ordinal);
        Assert.Contains("张伟", json, StringComparison.Ordinal);
        Assert.True(json.Length < 1000, json);
    }

    [Fact]
    public async Task RunAsync_RestartsPolitely_WhenTheFlowWentStale()
    {
        var engine = await StartedSurveyAsync();
        engine.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        var replies = await engine.SayAsync("张伟");

        Assert.Contains("较长时间", EngineHarness.Texts(replies), StringComparison.Ordinal);
        Assert.Equal(["开始", "张伟"], engine.Routed);
    }

    [Fact]
    public async Task RunAsync_ContinuesTheFlow_WhenItIsJustShortOfStale()
    {
        var engine = await StartedSurveyAsync();
        engine.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));

        var replies = await engine.SayAsync("张伟");

        Assert.Equal("您几岁？", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task RunAsync_RestartsAfterTheConfiguredTime_WhenStaleAfterIsShorter()
    {
        var engine = Harness(options: new DialogOptions { StaleAfter = TimeSpan.FromMinutes(30) });
        engine.Route = (dc, ct) => dc.BeginDialogAsync(nameof(SurveyDialog), null, ct);
        await engine.SayAsync("开始");
        engine.Clock.Advance(TimeSpan.FromMinutes(31));

        var replies = await engine.SayAsync("张伟");

        Assert.Contains("较长时间", EngineHarness.Texts(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schema":1,"stack":[{"id":"RemovedDialog","step":0,"stepName":"AskStepAsync"}],"lastActivity":"2026-11-23T01:00:00+00:00"}""")]
    [InlineData("""{"schema":1,"stack":[{"id":"SurveyDialog","step":1,"stepName":"RenamedStepAsync","state":{}}],"lastActivity":"2026-11-23T01:00:00+00:00"}""")]
    [InlineData("""{"schema":1,"stack":[{"id":"SurveyDialog","step":9,"stepName":"AskAgeStepAsync","state":{}}],"lastActivity":"2026-11-23T01:00:00+00:00"}""")]
    [InlineData("""{"schema":1,"stack":[{"id":"SurveyDialog","step":1,"stepName":"AskAgeStepAsync","state":{"age":"not a number"}}],"lastActivity":"2026-11-23T01:00:00+00:00"}""")]
    [InlineData("""{"schema":99,"stack":[]}""")]
    [InlineData("not json")]
    public async Task RunAsync_RestartsPolitely_WhenTheStoredStateNoLongerFitsTheDialogs(string stored)
    {
        var engine = Harness();
        engine.Store.Put(EngineHarness.Conversation, stored);

        var replies = await engine.SayAsync("你好");

        Assert.Contains("需要重新开始", EngineHarness.Texts(replies), StringComparison.Ordinal);
        Assert.Equal(["你好"], engine.Routed);
        Assert.Contains("\"stack\":[]", engine.Store.Json(EngineHarness.Conversation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FailsLoudly_WhenSomeoneElseSavedTheStateMeanwhile()
    {
        var engine = await StartedSurveyAsync();
        engine.StoreOverride = new RacingStore(engine.Store);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => engine.SayAsync("张伟"));

        Assert.Equal(RacingStore.TheirState, engine.Store.Json(EngineHarness.Conversation));
    }

    [Fact]
    public async Task RunAsync_ResumesTheFlowWithItsQuestion_WhenAnInterruptionAnswersAside()
    {
        var engine = await StartedSurveyAsync(new AsideInterruption());

        var replies = await engine.SayAsync("进度");

        Assert.Equal(["您有1件诉求正在办理。", "您叫什么名字？"], replies.Select(r => r.Text));
        Assert.Equal("您几岁？", Assert.Single(await engine.SayAsync("张伟")).Text);
    }

    [Fact]
    public async Task RunAsync_EndsTheFlow_WhenAnInterruptionCancelsIt()
    {
        var engine = await StartedSurveyAsync(new CancelAllInterruption());

        await engine.SayAsync("取消");
        await engine.SayAsync("张伟");

        Assert.Equal(["开始", "张伟"], engine.Routed);
    }

    [Fact]
    public async Task RunAsync_GivesTheContextHelp_OfTheWaitingPrompt()
    {
        var engine = await StartedSurveyAsync(new HelpInterruption());

        var replies = await engine.SayAsync("帮助");

        Assert.Equal(["请输入姓名。", "您叫什么名字？"], replies.Select(r => r.Text));
    }

    private static EngineHarness Harness(IInterruption? interruption = null, DialogOptions? options = null) =>
        new([new SurveyDialog(), new HostDialog()], interruption is null ? [] : [interruption], options);

    private static async Task<EngineHarness> StartedSurveyAsync(IInterruption? interruption = null)
    {
        var engine = Harness(interruption);
        engine.Route = (dc, ct) =>
        {
            engine.Routed.Add(dc.Input);
            return dc.Input == "开始" ? dc.BeginDialogAsync(nameof(SurveyDialog), null, ct) : Task.CompletedTask;
        };
        await engine.SayAsync("开始");
        return engine;
    }

    private sealed class AsideInterruption : IInterruption
    {
        public bool Matches(DialogContext dc) => dc.Input == "进度";

        public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            await dc.SendAsync(Reply.Say("您有1件诉求正在办理。"), cancellationToken);
            return InterruptionOutcome.Resume;
        }
    }

    private sealed class CancelAllInterruption : IInterruption
    {
        public bool Matches(DialogContext dc) => dc.Input == "取消";

        public Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            dc.CancelAllDialogs();
            return Task.FromResult(InterruptionOutcome.Handled);
        }
    }

    private sealed class HelpInterruption : IInterruption
    {
        public bool Matches(DialogContext dc) => dc.Input == "帮助";

        public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            await dc.SendAsync(Reply.Say(dc.Help()!), cancellationToken);
            return InterruptionOutcome.Resume;
        }
    }

    /// <summary>Lets another writer save the conversation's state between this turn's load and save.</summary>
    private sealed class RacingStore(InMemoryDialogStateStore inner) : IDialogStateStore
    {
        public const string TheirState = """{"schema":1,"stack":[]}""";

        public async Task<StoredDialogState?> LoadAsync(string conversationId, CancellationToken cancellationToken)
        {
            var loaded = await inner.LoadAsync(conversationId, cancellationToken);
            inner.Put(conversationId, TheirState);
            return loaded;
        }

        public Task<long> SaveAsync(string conversationId, string json, long expectedVersion, CancellationToken cancellationToken) =>
            inner.SaveAsync(conversationId, json, expectedVersion, cancellationToken);
    }
}
