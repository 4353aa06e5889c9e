namespace ServiceBot.Dialogs.Engine;

/// <summary>
/// A waterfall that owns the dialogs it starts — its prompts with their validators, sub-dialogs — registered under ids
/// prefixed with its own, so flows can reuse prompt types without their ids colliding.
/// </summary>
internal abstract class ComponentDialog<TState>(string id) : WaterfallDialog<TState>(id)
    where TState : class, new()
{
    private readonly List<Dialog> _children = [];

    public override IEnumerable<Dialog> Children => _children;

    /// <summary>The id of an owned dialog: <c>{component}.{name}</c>.</summary>
    protected string ChildId(string name) => $"{Id}.{name}";

    protected T Add<T>(T child)
        where T : Dialog
    {
        ArgumentNullException.ThrowIfNull(child);
        _children.Add(child);
        return child;
    }
}
