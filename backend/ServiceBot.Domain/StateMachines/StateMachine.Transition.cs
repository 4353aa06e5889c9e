namespace ServiceBot.Domain.StateMachines;

public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>
    /// A transition caused by a trigger, as passed to entry, exit and transitioned actions.
    /// For an internal transition and a reentry, <see cref="Source"/> and <see cref="Destination"/> are equal.
    /// </summary>
    public sealed record Transition(
        TState Source,
        TState Destination,
        TTrigger Trigger,
        IReadOnlyList<object?> Parameters,
        bool IsInternal = false)
    {
        public bool IsReentry => !IsInternal && EqualityComparer<TState>.Default.Equals(Source, Destination);
    }
}
