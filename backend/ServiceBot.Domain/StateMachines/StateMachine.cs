namespace ServiceBot.Domain.StateMachines;

/// <summary>
/// A hierarchical state machine modelled on Stateless (https://github.com/dotnet-state-machine/stateless):
/// states configured one by one, guarded and parameterised triggers, ignored and internal transitions,
/// entry and exit actions, substates, and a description that can be drawn as a diagram.
/// </summary>
/// <remarks>
/// The state is held outside the machine (for example on an entity) and read and written through the
/// accessor and mutator given to the constructor, so a machine can be rebuilt for every operation.
/// The machine is not thread-safe; one machine serves one operation on one entity.
/// </remarks>
public sealed partial class StateMachine<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly Dictionary<TState, StateRepresentation> _states = [];
    private readonly Dictionary<TTrigger, TriggerWithParameters> _triggerParameters = [];
    private readonly List<Action<Transition>> _onTransitioned = [];
    private readonly Func<TState> _stateAccessor;
    private readonly Action<TState> _stateMutator;
    private Action<TState, TTrigger, IReadOnlyCollection<string>> _onUnhandledTrigger = DefaultUnhandledTriggerAction;

    public StateMachine(Func<TState> stateAccessor, Action<TState> stateMutator)
    {
        ArgumentNullException.ThrowIfNull(stateAccessor);
        ArgumentNullException.ThrowIfNull(stateMutator);
        _stateAccessor = stateAccessor;
        _stateMutator = stateMutator;
    }

    public StateMachine(TState initialState)
    {
        var holder = new StateHolder(initialState);
        _stateAccessor = () => holder.State;
        _stateMutator = s => holder.State = s;
    }

    /// <summary>The current state, read through the accessor.</summary>
    public TState State => _stateAccessor();

    /// <summary>Begins (or continues) the configuration of a state.</summary>
    public StateConfiguration Configure(TState state) => new(this, GetRepresentation(state));

    /// <summary>Declares the argument types a trigger carries.</summary>
    public TriggerWithParameters<TArg0> SetTriggerParameters<TArg0>(TTrigger trigger) =>
        Register(new TriggerWithParameters<TArg0>(trigger));

    /// <summary>Declares the argument types a trigger carries.</summary>
    public TriggerWithParameters<TArg0, TArg1> SetTriggerParameters<TArg0, TArg1>(TTrigger trigger) =>
        Register(new TriggerWithParameters<TArg0, TArg1>(trigger));

    /// <summary>Registers an action called after every transition, internal ones included.</summary>
    public void OnTransitioned(Action<Transition> onTransitionAction)
    {
        ArgumentNullException.ThrowIfNull(onTransitionAction);
        _onTransitioned.Add(onTransitionAction);
    }

    /// <summary>
    /// Replaces what happens when a trigger is not permitted: by default an <see cref="InvalidOperationException"/>.
    /// The collection holds the descriptions of the guards that were not met.
    /// </summary>
    public void OnUnhandledTrigger(Action<TState, TTrigger, IReadOnlyCollection<string>> unhandledTriggerAction)
    {
        ArgumentNullException.ThrowIfNull(unhandledTriggerAction);
        _onUnhandledTrigger = unhandledTriggerAction;
    }

    /// <summary>Whether the current state is <paramref name="state"/> or one of its substates.</summary>
    public bool IsInState(TState state) => CurrentRepresentation.IsIncludedIn(state);

    private StateRepresentation CurrentRepresentation => GetRepresentation(State);

    private StateRepresentation GetRepresentation(TState state)
    {
        if (!_states.TryGetValue(state, out var representation))
        {
            representation = new StateRepresentation(state);
            _states.Add(state, representation);
        }

        return representation;
    }

    private TWith Register<TWith>(TWith trigger)
        where TWith : TriggerWithParameters
    {
        if (!_triggerParameters.TryAdd(trigger.Trigger, trigger))
        {
            throw new InvalidOperationException($"Parameters for trigger '{trigger.Trigger}' are already configured.");
        }

        return trigger;
    }

    private static void DefaultUnhandledTriggerAction(TState state, TTrigger trigger, IReadOnlyCollection<string> unmetGuards)
    {
        if (unmetGuards.Count > 0)
        {
            throw new InvalidOperationException(
                $"Trigger '{trigger}' is valid for transition from state '{state}' but a guard condition is not met: {string.Join(", ", unmetGuards)}.");
        }

        throw new InvalidOperationException(
            $"No valid leaving transitions are permitted from state '{state}' for trigger '{trigger}'. Consider ignoring the trigger.");
    }

    private sealed class StateHolder(TState state)
    {
        public TState State { get; set; } = state;
    }
}
