namespace ServiceBot.Dialogs.Engine;

/// <summary>
/// A dialog that runs its steps in order, each step usually asking something (a prompt) whose answer the next step
/// receives as <see cref="WaterfallStepContext{TState}.Result"/>. <typeparamref name="TState"/> is what the flow
/// collects; it is stored with the dialog between turns, so keep it small and made of plain values.
/// </summary>
internal abstract class WaterfallDialog<TState>(string id) : Dialog(id)
    where TState : class, new()
{
    private IReadOnlyList<WaterfallStep<TState>>? _steps;

    private IReadOnlyList<WaterfallStep<TState>> Steps => _steps ??= [.. DefineSteps()];

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveInstance!;
        instance.SetState(InitialState(options));
        return RunStepAsync(dc, instance, 0, null, cancellationToken);
    }

    /// <summary>A step that waited for a plain message (no prompt): the next step gets the message as its result.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveInstance!;
        return RunStepAsync(dc, instance, instance.Step + 1, dc.Input, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveInstance!;
        return RunStepAsync(dc, instance, instance.Step + 1, result, cancellationToken);
    }

    public override bool Accepts(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Step < 0 || instance.Step >= Steps.Count || !string.Equals(Steps[instance.Step].Method.Name, instance.StepName, StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            instance.GetState<TState>();
            return true;
        }
        catch (DialogStateMismatchException)
        {
            return false;
        }
    }

    internal Task<DialogTurnResult> RunStepAsync(DialogContext dc, DialogInstance instance, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= Steps.Count)
        {
            return dc.EndDialogAsync(Completed(instance.GetState<TState>()), cancellationToken);
        }

        instance.Step = index;
        instance.StepName = Steps[index].Method.Name;
        return Steps[index](new WaterfallStepContext<TState>(this, dc, instance, index, result), cancellationToken);
    }

    internal int IndexOf(string stepName)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (string.Equals(Steps[i].Method.Name, stepName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"{Id} has no step named {stepName}.", nameof(stepName));
    }

    /// <summary>The steps, in order, as method groups.</summary>
    protected abstract IEnumerable<WaterfallStep<TState>> DefineSteps();

    /// <summary>The state a new run starts with, from what the caller passed.</summary>
    protected virtual TState InitialState(object? options) => options as TState ?? new TState();

    /// <summary>What the dialog returns to its caller when it runs past its last step.</summary>
    protected virtual object? Completed(TState state) => state;
}
