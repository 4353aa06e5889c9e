namespace ServiceBot.Language.PolicyText;

/// <summary>
/// Metadata a file format carries besides its text (an HTML page's <c>meta</c> tags, a Word file's core
/// properties). They win over what is guessed from the text.
/// </summary>
public sealed record PolicySourceHints(string? Title = null, string? IssuingBody = null, string? Publisher = null, DateOnly? IssuedOn = null)
{
    public static PolicySourceHints None { get; } = new();
}
