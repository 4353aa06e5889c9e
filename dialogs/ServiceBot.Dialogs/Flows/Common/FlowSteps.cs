using ServiceBot.Application.Cases.Common;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Flows.Common;

/// <summary>Steps several flows take the same way: ending with a word and the menu, and choosing which case a flow is about.</summary>
internal static class FlowSteps
{
    /// <summary>Says <paramref name="text"/> with the menu under it and ends the flow.</summary>
    public static async Task<DialogTurnResult> EndWithMenuAsync<TState>(this WaterfallStepContext<TState> step, string text, CancellationToken cancellationToken)
        where TState : class, new()
    {
        ArgumentNullException.ThrowIfNull(step);
        await step.SendAsync(Menu.Say(text), cancellationToken).ConfigureAwait(false);
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The case the flow is about: the one named (<paramref name="given"/>), else the only candidate, else the user
    /// picks one; with no candidate, <paramref name="none"/> ends the flow. The next step gets the case number.
    /// </summary>
    public static async Task<DialogTurnResult> ChooseCaseAsync<TState>(
        this WaterfallStepContext<TState> step, string? given, Func<CancellationToken, Task<IReadOnlyList<CaseDetail>>> candidates, string none, string ask, ChoicePrompt prompt, CancellationToken cancellationToken)
        where TState : class, new()
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(prompt);
        if (given is not null)
        {
            return await step.NextAsync(given, cancellationToken).ConfigureAwait(false);
        }

        var cases = await candidates(cancellationToken).ConfigureAwait(false);
        return cases.Count switch
        {
            0 => await step.EndWithMenuAsync(none, cancellationToken).ConfigureAwait(false),
            1 => await step.NextAsync(cases[0].Number, cancellationToken).ConfigureAwait(false),
            _ => await step.PromptAsync(prompt.Id, new PromptOptions
            {
                Prompt = Reply.Say(ask),
                Choices = [.. cases.Select(c => new Choice(c.Number, c.Number, [c.Title]))],
            }, cancellationToken).ConfigureAwait(false),
        };
    }
}
