namespace ServiceBot.Bot.Console.Cases;

/// <summary>
/// How one lifecycle action is offered on the case page: its button, what the form asks for (with labels that say
/// what happens to the text), and the question asked before an action that cannot be undone.
/// </summary>
public sealed record ActionForm(
    string Name,
    string Label,
    string Button,
    IReadOnlyList<ActionField> Fields,
    string? TextLabel = null,
    string? ReasonLabel = null,
    string? DateLabel = null,
    string? Confirm = null,
    bool Primary = false)
{
    /// <summary>Actions without input are one button at the top of the action list.</summary>
    public bool IsQuick => Fields.Count == 0;

    public bool Has(ActionField field) => Fields.Contains(field);
}
