namespace ServiceBot.Domain.StateMachines;

public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>Fires a trigger without arguments.</summary>
    /// <exception cref="InvalidOperationException">The trigger is not permitted in the current state (by default).</exception>
    public void Fire(TTrigger trigger) => InternalFire(trigger, []);

    /// <summary>Fires a parameterised trigger.</summary>
    public void Fire<TArg0>(TriggerWithParameters<TArg0> trigger, TArg0 arg0)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        InternalFire(trigger.Trigger, [arg0]);
    }

    /// <summary>Fires a parameterised trigger.</summary>
    public void Fire<TArg0, TArg1>(TriggerWithParameters<TArg0, TArg1> trigger, TArg0 arg0, TArg1 arg1)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        InternalFire(trigger.Trigger, [arg0, arg1]);
    }

    /// <summary>Whether the trigger would be handled (moved, re-entered, acted on or ignored) in the current state.</summary>
    public bool CanFire(TTrigger trigger) => CanFire(trigger, out _);

    /// <summary>Whether the trigger would be handled, and the descriptions of the guards that stop it if not.</summary>
    public bool CanFire(TTrigger trigger, out ICollection<string> unmetGuards)
    {
        var unmet = new List<string>();
        var handled = CurrentRepresentation.FindHandler(trigger, args: null, unmet) is not null;
        unmetGuards = handled ? [] : unmet;
        return handled;
    }

    /// <summary>Whether the parameterised trigger would be handled with this argument.</summary>
    public bool CanFire<TArg0>(TriggerWithParameters<TArg0> trigger, TArg0 arg0, out ICollection<string> unmetGuards)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var unmet = new List<string>();
        var handled = CurrentRepresentation.FindHandler(trigger.Trigger, [arg0], unmet) is not null;
        unmetGuards = handled ? [] : unmet;
        return handled;
    }

    /// <summary>
    /// The triggers that would move or act in the current state, superstates included, in configuration order.
    /// Ignored triggers are left out (they do nothing), and guards that read arguments count as met.
    /// </summary>
    public IReadOnlyList<TTrigger> PermittedTriggers => GetPermittedTriggers(args: null);

    /// <summary>The permitted triggers, judging argument guards against <paramref name="args"/>.</summary>
    public IReadOnlyList<TTrigger> GetPermittedTriggers(IReadOnlyList<object?>? args)
    {
        var result = new List<TTrigger>();
        for (var representation = CurrentRepresentation; representation is not null; representation = representation.Superstate)
        {
            foreach (var behaviour in representation.Behaviours)
            {
                if (!result.Contains(behaviour.Trigger)
                    && CurrentRepresentation.FindHandler(behaviour.Trigger, args, new List<string>()) is { Kind: not BehaviourKind.Ignored })
                {
                    result.Add(behaviour.Trigger);
                }
            }
        }

        return result;
    }

    private void InternalFire(TTrigger trigger, IReadOnlyList<object?> args)
    {
        if (_triggerParameters.TryGetValue(trigger, out var parameters))
        {
            parameters.ValidateArguments(args);
        }

        var source = State;
        var representation = GetRepresentation(source);
        var unmet = new List<string>();
        var behaviour = representation.FindHandler(trigger, args, unmet);
        if (behaviour is null)
        {
            _onUnhandledTrigger(source, trigger, unmet);
            return;
        }

        switch (behaviour.Kind)
        {
            case BehaviourKind.Ignored:
                return;

            case BehaviourKind.Internal:
                var internalTransition = new Transition(source, source, trigger, args, IsInternal: true);
                behaviour.InternalAction!(internalTransition, args);
                NotifyTransitioned(internalTransition);
                return;

            default:
                var transition = new Transition(source, behaviour.ResolveDestination(source, args), trigger, args);
                representation.Exit(transition);
                _stateMutator(transition.Destination);
                NotifyTransitioned(transition);
                GetRepresentation(transition.Destination).Enter(transition);
                return;
        }
    }

    private void NotifyTransitioned(Transition transition)
    {
        foreach (var action in _onTransitioned)
        {
            action(transition);
        }
    }
}
