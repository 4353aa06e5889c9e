namespace ServiceBot.Dialogs;

/// <summary>Configuration section <c>Dialogs</c>.</summary>
public sealed class DialogOptions
{
    public const string SectionName = "Dialogs";

    /// <summary>
    /// Answer every turn with the echo handler instead of the dialogs: the channels' own tests (xunit and end to end)
    /// run in this mode so they test the channels whatever the dialogs say, and an operator can use it to check that
    /// a newly connected channel works at all.
    /// </summary>
    public bool EchoOnly { get; set; }
}
