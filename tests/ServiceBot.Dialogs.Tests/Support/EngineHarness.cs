using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Interruptions;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Testing;

namespace ServiceBot.Dialogs.Tests.Support;

/// <summary>
/// The dialog engine alone: given dialogs and interruptions, an in-memory state store and a fake clock. Messages that
/// reach no dialog are answered by a router that records them.
/// </summary>
internal sealed class EngineHarness(IEnumerable<Dialog> dialogs, IEnumerable<IInterruption>? interruptions = null, DialogOptions? options = null)
{
    public const string Conversation = "test:conversation";

    private InMemoryDialogStateStore? _store;

    public FakeTimeProvider Clock { get; } = new(CaseBuilder.DefaultStart);

    public InMemoryDialogStateStore Store => _store ??= new InMemoryDialogStateStore(Clock);

    /// <summary>The store the engine uses; the in-memory one unless a test replaces it (to race a save).</summary>
    public Application.Conversations.DialogStates.IDialogStateStore? StoreOverride { get; set; }

    /// <summary>The messages no dialog took, as the default router saw them.</summary>
    public List<string> Routed { get; } = [];

    /// <summary>Replaces the default router (which only records the message in <see cref="Routed"/>).</summary>
    public Func<DialogContext, CancellationToken, Task>? Route { get; set; }

    public Task<IReadOnlyList<Reply>> SayAsync(string text) => TurnAsync(text, []);

    public async Task<IReadOnlyList<Reply>> TurnAsync(string? text, IReadOnlyList<TurnAttachment> attachments)
    {
        var replies = new RecordingReplies();
        var engine = new DialogEngine(StoreOverride ?? Store, dialogs, interruptions ?? [], Options.Create(options ?? new DialogOptions()), Clock, NullLogger<DialogEngine>.Instance);
        var turn = new Turn(TurnKind.Message, Conversation, "test", "user", null, text, null, attachments, "zh-CN", Clock.GetUtcNow());
        await engine.RunAsync(turn, replies, Route ?? RecordAsync, CancellationToken.None);
        return replies.Replies;
    }

    public static string Texts(IReadOnlyList<Reply> replies) => string.Join("\n", replies.Select(r => r.Text));

    private Task RecordAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        Routed.Add(dc.Input);
        return Task.CompletedTask;
    }
}
