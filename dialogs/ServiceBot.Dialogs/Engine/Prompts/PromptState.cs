namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>A waiting prompt's stored state: its options and how many answers it could not use so far.</summary>
internal sealed class PromptState
{
    public PromptOptions? Options { get; set; }

    public int Attempts { get; set; }
}
