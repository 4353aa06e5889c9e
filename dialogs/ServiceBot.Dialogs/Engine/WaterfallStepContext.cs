using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Engine;

/// <summary>What a waterfall step works with: the flow's state, the previous step's result, and ways to go on.</summary>
internal sealed class WaterfallStepContext<TState>(WaterfallDialog<TState> dialog, DialogContext context, DialogInstance instance, int index, object? result)
    where TState : class, new()
{
    public DialogContext Context => context;

    public Turn Turn => context.Turn;

    public TState State => instance.GetState<TState>();

    /// <summary>What the previous step's prompt or dialog returned (or the user's message when the step returned <see cref="DialogTurnResult.Waiting"/> itself).</summary>
    public object? Result => result;

    public Task SendAsync(Reply reply, CancellationToken cancellationToken) => context.SendAsync(reply, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        context.BeginDialogAsync(promptId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        context.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Runs the next step now, with <paramref name="value"/> as its result (a step that had nothing to ask).</summary>
    public Task<DialogTurnResult> NextAsync(object? value, CancellationToken cancellationToken) =>
        dialog.RunStepAsync(context, instance, index + 1, value, cancellationToken);

    /// <summary>Runs the named step now (going back to change an answer); <paramref name="stepName"/> comes from <c>nameof</c>.</summary>
    public Task<DialogTurnResult> GoToAsync(string stepName, CancellationToken cancellationToken) =>
        dialog.RunStepAsync(context, instance, dialog.IndexOf(stepName), null, cancellationToken);

    public Task<DialogTurnResult> EndAsync(object? value, CancellationToken cancellationToken) => context.EndDialogAsync(value, cancellationToken);
}
