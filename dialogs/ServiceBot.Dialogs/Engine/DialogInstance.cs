using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceBot.Dialogs.Engine;

/// <summary>
/// A dialog on a conversation's stack: which dialog, which step it waits at (by index and by name, so a changed flow is
/// noticed), and its own state as JSON. During a turn the state is used as an object (<see cref="GetState{T}"/>) and
/// written back to JSON when the turn ends.
/// </summary>
internal sealed class DialogInstance
{
    private object? _live;

    public string Id { get; set; } = string.Empty;

    public int Step { get; set; }

    /// <summary>The name of the step the dialog waits at, checked against the definition when the next turn arrives.</summary>
    public string? StepName { get; set; }

    public JsonObject? State { get; set; }

    /// <summary>The state as <typeparamref name="T"/>, read from JSON once per turn.</summary>
    /// <exception cref="DialogStateMismatchException">The stored state no longer reads as <typeparamref name="T"/>.</exception>
    public T GetState<T>()
        where T : class, new()
    {
        if (_live is T live)
        {
            return live;
        }

        try
        {
            var state = State?.Deserialize<T>(DialogJson.Options) ?? new T();
            _live = state;
            return state;
        }
        catch (JsonException ex)
        {
            throw new DialogStateMismatchException($"The state of dialog {Id} does not read as {typeof(T).Name}.", ex);
        }
    }

    public void SetState<T>(T state)
        where T : class => _live = state ?? throw new ArgumentNullException(nameof(state));

    /// <summary>Writes the state used this turn back to JSON.</summary>
    public void Flush()
    {
        if (_live is not null)
        {
            State = JsonSerializer.SerializeToNode(_live, _live.GetType(), DialogJson.Options)?.AsObject();
        }
    }
}
