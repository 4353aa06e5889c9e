using ServiceBot.Dialogs.Engine.Texts;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks for one value and waits until the user gives one it can recognise and the flow's validator accepts. Each
/// answer it cannot use gets the reason and the re-prompt; after <see cref="DialogOptions.MaxAttempts"/> such answers
/// it gives up politely and ends the whole flow (the user can start again or ask for a person).
/// </summary>
internal abstract class Prompt<T>(string id, PromptValidator<T>? validator) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions ?? throw new ArgumentException($"{Id} needs {nameof(PromptOptions)}.", nameof(options));
        // Cards are shown once, with the question; what is stored to ask again is its text and buttons (small state).
        dc.ActiveInstance!.SetState(new PromptState { Options = promptOptions with { Prompt = promptOptions.Prompt with { AdaptiveCards = [] } } });
        await dc.SendAsync(Decorate(promptOptions.Prompt, promptOptions), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveInstance!.GetState<PromptState>();
        var options = state.Options ?? throw new DialogStateMismatchException($"{Id} has no stored options.");
        var recognized = await RecognizeAsync(dc, options, cancellationToken).ConfigureAwait(false);
        var problem = recognized.Problem;
        if (recognized.Succeeded && validator is not null)
        {
            problem = await validator(recognized.Value!, dc, cancellationToken).ConfigureAwait(false);
        }

        if (recognized.Succeeded && problem is null)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        state.Attempts++;
        if (state.Attempts >= dc.Settings.MaxAttempts)
        {
            await dc.SendAsync(EngineTexts.GaveUp(), cancellationToken).ConfigureAwait(false);
            return dc.CancelAllDialogs();
        }

        var retry = options.Retry ?? options.Prompt;
        var text = problem is null ? retry.Text : $"{problem}\n{retry.Text}";
        await dc.SendAsync(Decorate(retry with { Text = text }, options), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        var options = instance.GetState<PromptState>().Options!;
        return dc.SendAsync(Decorate(options.Prompt, options), cancellationToken);
    }

    public override string? Help(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.GetState<PromptState>().Options?.Help ?? DefaultHelp;
    }

    public override bool Accepts(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        try
        {
            return instance.GetState<PromptState>().Options is not null;
        }
        catch (DialogStateMismatchException)
        {
            return false;
        }
    }

    /// <summary>What 帮助 says about this kind of answer when the flow gave no help of its own.</summary>
    protected abstract string DefaultHelp { get; }

    protected abstract Task<PromptRecognition<T>> RecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Adds what the prompt type shows with its question (buttons for choices, 是/否, 跳过).</summary>
    protected virtual Reply Decorate(Reply reply, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(options);
        return options.AllowSkip ? reply.WithActions(EngineTexts.SkipAction()) : reply;
    }

    /// <summary>Whether the answer is 跳过/没有/不用 and skipping is allowed.</summary>
    protected static bool IsSkip(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        return options.AllowSkip && Vocabulary.IsSkip(dc.Input);
    }
}
