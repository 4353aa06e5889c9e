namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>An option of a choice prompt: the value the flow gets, the button title, and other ways to say it.</summary>
internal sealed record Choice(string Value, string Title, IReadOnlyList<string>? Synonyms = null)
{
    public static Choice Of(string title) => new(title, title);
}
