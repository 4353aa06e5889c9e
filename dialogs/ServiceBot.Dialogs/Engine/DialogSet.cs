namespace ServiceBot.Dialogs.Engine;

/// <summary>Every dialog a conversation can run, by id: the registered flows and, recursively, the dialogs they own.</summary>
internal sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        foreach (var dialog in dialogs)
        {
            Add(dialog);
        }
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public Dialog Get(string id) => Find(id) ?? throw new InvalidOperationException($"No dialog '{id}' is registered.");

    private void Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"Two dialogs share the id '{dialog.Id}'.");
        }

        foreach (var child in dialog.Children)
        {
            Add(child);
        }
    }
}
