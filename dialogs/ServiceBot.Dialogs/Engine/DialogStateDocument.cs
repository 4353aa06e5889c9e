namespace ServiceBot.Dialogs.Engine;

/// <summary>
/// What is stored per conversation: the schema of this document, the dialog stack (bottom first) and when the user
/// was last heard from. <see cref="CurrentSchema"/> changes only when the document's own shape changes; a flow
/// change is caught per instance (<see cref="Dialog.Accepts"/>).
/// </summary>
internal sealed class DialogStateDocument
{
    public const int CurrentSchema = 1;

    public int Schema { get; set; } = CurrentSchema;

    public List<DialogInstance> Stack { get; set; } = [];

    public DateTimeOffset? LastActivity { get; set; }
}
