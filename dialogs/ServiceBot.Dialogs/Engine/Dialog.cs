namespace ServiceBot.Dialogs.Engine;

/// <summary>
/// One dialog: a unit of conversation that can run over several turns while it sits on the conversation's
/// <see cref="DialogContext">dialog stack</see>. Instances are definitions without per-conversation state; what a
/// running dialog remembers lives in its <see cref="DialogInstance"/>, which is persisted between turns.
/// </summary>
internal abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Started on top of the stack; <paramref name="options"/> is what the caller passed (in memory, this turn only).</summary>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user said something while this dialog was on top.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks again what this dialog is waiting for (after an interruption such as 帮助 or 查询进度).</summary>
    public virtual Task RepromptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>What 帮助 says while this dialog waits; null to let the dialog below it answer.</summary>
    public virtual string? Help(DialogInstance instance) => null;

    /// <summary>
    /// Whether a stored instance still fits this definition (its step exists under the same name, its state reads).
    /// A deploy that changed a flow makes old instances unfit; the engine then restarts the conversation politely.
    /// </summary>
    public virtual bool Accepts(DialogInstance instance) => true;

    /// <summary>The dialogs this one owns and starts by id (its prompts, sub-dialogs): registered with it.</summary>
    public virtual IEnumerable<Dialog> Children => [];
}
