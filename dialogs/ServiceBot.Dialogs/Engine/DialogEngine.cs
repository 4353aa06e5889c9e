using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Conversations.DialogStates;
using ServiceBot.Dialogs.Engine.Interruptions;
using ServiceBot.Dialogs.Engine.Texts;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Engine;

/// <summary>
/// Runs one message turn against the conversation's stored dialog stack: loads it, restarts politely when it no longer
/// fits the deployed dialogs or has gone stale, lets a global interruption handle the message or else the dialog on
/// top, falls back to <c>route</c> when no dialog is active, and saves the stack back under optimistic concurrency.
/// </summary>
/// <remarks>
/// A save that finds the state changed since it was loaded throws <see cref="Application.Common.Persistence.ConcurrencyConflictException"/>:
/// the turn fails loudly (the channel apologises) and the other writer's state stands.
/// </remarks>
internal sealed partial class DialogEngine(
    IDialogStateStore store,
    IEnumerable<Dialog> dialogs,
    IEnumerable<IInterruption> interruptions,
    IOptions<DialogOptions> options,
    TimeProvider time,
    ILogger<DialogEngine> logger)
{
    public async Task RunAsync(Turn turn, ITurnReplies replies, Func<DialogContext, CancellationToken, Task> route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(route);
        var settings = options.Value;
        var stored = await store.LoadAsync(turn.ConversationId, cancellationToken).ConfigureAwait(false);
        var set = new DialogSet(dialogs);
        var document = Read(stored, set, out var notice);
        var now = time.GetUtcNow();
        if (notice is null && document.Stack.Count > 0 && document.LastActivity + settings.StaleAfter < now)
        {
            document.Stack.Clear();
            notice = EngineTexts.Get("Stale");
        }

        var dc = new DialogContext(turn, replies, set, document, settings);
        if (notice is not null)
        {
            await dc.SendAsync(Reply.Say(notice), cancellationToken).ConfigureAwait(false);
        }

        await DispatchAsync(dc, route, cancellationToken).ConfigureAwait(false);
        document.LastActivity = now;
        foreach (var instance in document.Stack)
        {
            instance.Flush();
        }

        await store.SaveAsync(turn.ConversationId, JsonSerializer.Serialize(document, DialogJson.Options), stored?.Version ?? 0, cancellationToken).ConfigureAwait(false);
    }

    private async Task DispatchAsync(DialogContext dc, Func<DialogContext, CancellationToken, Task> route, CancellationToken cancellationToken)
    {
        if (interruptions.FirstOrDefault(i => i.Matches(dc)) is { } interruption)
        {
            if (await interruption.HandleAsync(dc, cancellationToken).ConfigureAwait(false) == InterruptionOutcome.Resume)
            {
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await route(dc, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The stored stack when the deployed dialogs can continue it; otherwise an empty one and the notice to say so.</summary>
    private DialogStateDocument Read(StoredDialogState? stored, DialogSet set, out string? notice)
    {
        notice = null;
        if (stored is null)
        {
            return new DialogStateDocument();
        }

        DialogStateDocument? document = null;
        try
        {
            document = JsonSerializer.Deserialize<DialogStateDocument>(stored.Json, DialogJson.Options);
        }
        catch (JsonException)
        {
            // Unreadable: treated like a document of another schema below.
        }

        if (document is { Schema: DialogStateDocument.CurrentSchema } && document.Stack.All(i => set.Find(i.Id) is { } d && d.Accepts(i)))
        {
            return document;
        }

        var hadFlow = document is null || document.Schema != DialogStateDocument.CurrentSchema || document.Stack.Count > 0;
        LogRestarted(logger, stored.ConversationId, document?.Schema, string.Join(" > ", document?.Stack.Select(i => $"{i.Id}#{i.StepName}") ?? []));
        notice = hadFlow ? EngineTexts.Get("Restarted") : null;
        return new DialogStateDocument { LastActivity = document?.LastActivity };
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Warning, Message = "Dialog state of conversation {Conversation} (schema {Schema}, stack {Stack}) no longer fits the deployed dialogs; restarting it")]
    private static partial void LogRestarted(ILogger logger, string conversation, int? schema, string stack);
}
