namespace ServiceBot.Domain.StateMachines;

public sealed partial class StateMachine<TState, TTrigger>
{
    internal enum BehaviourKind
    {
        Transitioning,
        Reentry,
        Dynamic,
        Internal,
        Ignored,
    }

    /// <summary>What a state does with one trigger: move, re-enter, choose a destination, act in place, or ignore it.</summary>
    internal sealed class TriggerBehaviour
    {
        public required TTrigger Trigger { get; init; }

        public required BehaviourKind Kind { get; init; }

        public IReadOnlyList<GuardCondition> Guards { get; init; } = [];

        public TState? Destination { get; init; }

        public Func<IReadOnlyList<object?>, TState>? DestinationSelector { get; init; }

        public IReadOnlyList<TState> PossibleDestinations { get; init; } = [];

        public Action<Transition, IReadOnlyList<object?>>? InternalAction { get; init; }

        public bool GuardsMet(IReadOnlyList<object?>? args, ICollection<string> unmet)
        {
            var met = true;
            foreach (var guard in Guards)
            {
                if (!guard.IsMet(args))
                {
                    unmet.Add(guard.Description);
                    met = false;
                }
            }

            return met;
        }

        public TState ResolveDestination(TState source, IReadOnlyList<object?> args) => Kind switch
        {
            BehaviourKind.Transitioning => Destination!,
            BehaviourKind.Dynamic => DestinationSelector!(args),
            _ => source,
        };
    }
}
