using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Engine;

/// <summary>
/// One turn of one conversation as dialogs see it: the turn, where replies go, and the conversation's dialog stack
/// (top = the dialog that handles the user's next message). Starting a dialog pushes it; ending one pops it and
/// resumes the dialog below with the result.
/// </summary>
internal sealed class DialogContext(Turn turn, ITurnReplies replies, DialogSet dialogs, DialogStateDocument state, DialogOptions settings)
{
    public Turn Turn => turn;

    /// <summary>The user's message as text (typed, or what a card or button carried).</summary>
    public string Input { get; } = TurnInput.Text(turn);

    public DialogSet Dialogs => dialogs;

    public DialogOptions Settings => settings;

    public IReadOnlyList<DialogInstance> Stack => state.Stack;

    public DialogInstance? ActiveInstance => state.Stack.Count == 0 ? null : state.Stack[^1];

    public Dialog? ActiveDialog => ActiveInstance is { } active ? dialogs.Get(active.Id) : null;

    public Task SendAsync(Reply reply, CancellationToken cancellationToken) => replies.SendAsync(reply, cancellationToken);

    public Task BusyAsync(CancellationToken cancellationToken) => replies.TypingAsync(cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string id, object? options, CancellationToken cancellationToken)
    {
        var dialog = dialogs.Get(id);
        state.Stack.Add(new DialogInstance { Id = id });
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Hands the user's message to the dialog on top; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active ? active.ContinueAsync(this, cancellationToken) : Task.FromResult(DialogTurnResult.Empty);

    /// <summary>Ends the dialog on top and resumes the one below with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (state.Stack.Count > 0)
        {
            state.Stack.RemoveAt(state.Stack.Count - 1);
        }

        return ActiveDialog is { } parent
            ? parent.ResumeAsync(this, result, cancellationToken)
            : Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete, result));
    }

    /// <summary>Ends the dialog on top without resuming anything and starts <paramref name="id"/> in its place.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string id, object? options, CancellationToken cancellationToken)
    {
        if (state.Stack.Count > 0)
        {
            state.Stack.RemoveAt(state.Stack.Count - 1);
        }

        return BeginDialogAsync(id, options, cancellationToken);
    }

    public DialogTurnResult CancelAllDialogs()
    {
        state.Stack.Clear();
        return DialogTurnResult.Cancelled;
    }

    /// <summary>Asks again what the dialog on top waits for.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active ? active.RepromptAsync(this, ActiveInstance!, cancellationToken) : Task.CompletedTask;

    /// <summary>The context help of the topmost dialog that has some.</summary>
    public string? Help()
    {
        for (var i = state.Stack.Count - 1; i >= 0; i--)
        {
            if (dialogs.Find(state.Stack[i].Id)?.Help(state.Stack[i]) is { } help)
            {
                return help;
            }
        }

        return null;
    }

    /// <summary>Whether a dialog with <paramref name="id"/> is anywhere on the stack.</summary>
    public bool IsRunning(string id) => state.Stack.Any(i => string.Equals(i.Id, id, StringComparison.Ordinal));
}
