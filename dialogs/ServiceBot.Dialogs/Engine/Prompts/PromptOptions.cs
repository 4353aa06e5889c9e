using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>
/// What a prompt says and accepts. Stored with the prompt while it waits (to ask again after a wrong answer or an
/// interruption), so it holds only texts and plain values.
/// </summary>
internal sealed record PromptOptions
{
    public required Reply Prompt { get; init; }

    /// <summary>What to say after an answer the prompt cannot use; the prompt itself when null.</summary>
    public Reply? Retry { get; init; }

    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>What 帮助 says while this prompt waits; the prompt type's own help when null.</summary>
    public string? Help { get; init; }

    /// <summary>Whether 跳过/没有 is an answer (an optional attachment, an optional comment).</summary>
    public bool AllowSkip { get; init; }

    public static PromptOptions Say(string text, string? retry = null, string? help = null) =>
        new() { Prompt = Reply.Say(text), Retry = retry is null ? null : Reply.Say(retry), Help = help };
}
