namespace ServiceBot.Domain.StateMachines;

public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>The kinds of transition a state can declare, as shown in diagrams.</summary>
    public enum TransitionKind
    {
        Fixed,
        Reentry,
        Dynamic,
        Internal,
        Ignored,
    }

    /// <summary>One declared transition of a state.</summary>
    public sealed record TransitionInfo(TTrigger Trigger, TransitionKind Kind, IReadOnlyList<TState> Destinations, IReadOnlyList<string> GuardDescriptions);

    /// <summary>One configured state and what it declares.</summary>
    public sealed record StateInfo(
        TState State,
        TState? Superstate,
        bool HasSuperstate,
        IReadOnlyList<TState> Substates,
        IReadOnlyList<string> EntryActions,
        IReadOnlyList<string> ExitActions,
        IReadOnlyList<TransitionInfo> Transitions);

    /// <summary>The whole configuration, in the order states were configured, for diagrams and documentation.</summary>
    public sealed record MachineInfo(TState InitialState, IReadOnlyList<StateInfo> States);

    /// <summary>
    /// Describes the configuration without firing anything; the current state is reported as the initial one.
    /// States that only appear as destinations are listed too, after the configured ones.
    /// </summary>
    public MachineInfo GetInfo()
    {
        var states = _states.Values.Select(Describe).ToList();
        var known = states.Select(s => s.State).ToHashSet();
        var destinationsOnly = states
            .SelectMany(s => s.Transitions.SelectMany(t => t.Destinations))
            .Where(known.Add)
            .Select(d => new StateInfo(d, default, false, [], [], [], []))
            .ToList();
        return new MachineInfo(State, [.. states, .. destinationsOnly]);
    }

    private static StateInfo Describe(StateRepresentation representation) => new(
        representation.UnderlyingState,
        representation.Superstate is null ? default : representation.Superstate.UnderlyingState,
        representation.Superstate is not null,
        representation.Substates.Select(s => s.UnderlyingState).ToList(),
        representation.EntryActions.Select(a => a.Description).ToList(),
        representation.ExitActions.Select(a => a.Description).ToList(),
        representation.Behaviours.Select(Describe).ToList());

    private static TransitionInfo Describe(TriggerBehaviour behaviour) => new(
        behaviour.Trigger,
        behaviour.Kind switch
        {
            BehaviourKind.Transitioning => TransitionKind.Fixed,
            BehaviourKind.Reentry => TransitionKind.Reentry,
            BehaviourKind.Dynamic => TransitionKind.Dynamic,
            BehaviourKind.Internal => TransitionKind.Internal,
            _ => TransitionKind.Ignored,
        },
        behaviour.Kind switch
        {
            BehaviourKind.Dynamic => behaviour.PossibleDestinations,
            BehaviourKind.Transitioning or BehaviourKind.Reentry => [behaviour.Destination!],
            _ => [],
        },
        behaviour.Guards.Select(g => g.Description).ToList());
}
