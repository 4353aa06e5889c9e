namespace ServiceBot.Domain.StateMachines;

public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>The fluent configuration of one state, returned by <see cref="Configure"/>.</summary>
    public sealed class StateConfiguration
    {
        private readonly StateMachine<TState, TTrigger> _machine;
        private readonly StateRepresentation _representation;

        internal StateConfiguration(StateMachine<TState, TTrigger> machine, StateRepresentation representation)
        {
            _machine = machine;
            _representation = representation;
        }

        public TState State => _representation.UnderlyingState;

        /// <summary>Moves to <paramref name="destinationState"/> when <paramref name="trigger"/> fires.</summary>
        public StateConfiguration Permit(TTrigger trigger, TState destinationState)
        {
            EnsureNotSelf(destinationState, nameof(PermitReentry));
            return Add(trigger, BehaviourKind.Transitioning, destinationState, []);
        }

        /// <summary>Moves when <paramref name="trigger"/> fires and <paramref name="guard"/> holds.</summary>
        public StateConfiguration PermitIf(TTrigger trigger, TState destinationState, Func<bool> guard, string? guardDescription = null)
        {
            EnsureNotSelf(destinationState, nameof(PermitReentryIf));
            return Add(trigger, BehaviourKind.Transitioning, destinationState, [GuardCondition.FromState(guard, guardDescription)]);
        }

        /// <summary>Moves when the parameterised trigger fires and the guard holds for its argument.</summary>
        public StateConfiguration PermitIf<TArg0>(
            TriggerWithParameters<TArg0> trigger, TState destinationState, Func<TArg0, bool> guard, string? guardDescription = null)
        {
            ArgumentNullException.ThrowIfNull(trigger);
            EnsureNotSelf(destinationState, nameof(PermitReentryIf));
            return Add(trigger.Trigger, BehaviourKind.Transitioning, destinationState, [GuardCondition.FromArguments(guard, guardDescription)]);
        }

        /// <summary>Exits and re-enters this state when <paramref name="trigger"/> fires.</summary>
        public StateConfiguration PermitReentry(TTrigger trigger) =>
            Add(trigger, BehaviourKind.Reentry, State, []);

        public StateConfiguration PermitReentryIf(TTrigger trigger, Func<bool> guard, string? guardDescription = null) =>
            Add(trigger, BehaviourKind.Reentry, State, [GuardCondition.FromState(guard, guardDescription)]);

        /// <summary>
        /// Moves to a destination chosen when the trigger fires. <paramref name="possibleDestinations"/> only
        /// describes the choice for diagrams; the selector's answer is what counts.
        /// </summary>
        public StateConfiguration PermitDynamic(TTrigger trigger, Func<TState> destinationStateSelector, params TState[] possibleDestinations)
        {
            ArgumentNullException.ThrowIfNull(destinationStateSelector);
            _representation.AddBehaviour(new TriggerBehaviour
            {
                Trigger = trigger,
                Kind = BehaviourKind.Dynamic,
                DestinationSelector = _ => destinationStateSelector(),
                PossibleDestinations = possibleDestinations,
            });
            return this;
        }

        public StateConfiguration PermitDynamicIf(
            TTrigger trigger, Func<TState> destinationStateSelector, Func<bool> guard, string? guardDescription, params TState[] possibleDestinations)
        {
            ArgumentNullException.ThrowIfNull(destinationStateSelector);
            _representation.AddBehaviour(new TriggerBehaviour
            {
                Trigger = trigger,
                Kind = BehaviourKind.Dynamic,
                DestinationSelector = _ => destinationStateSelector(),
                PossibleDestinations = possibleDestinations,
                Guards = [GuardCondition.FromState(guard, guardDescription)],
            });
            return this;
        }

        /// <summary>Accepts <paramref name="trigger"/> and does nothing.</summary>
        public StateConfiguration Ignore(TTrigger trigger) => Add(trigger, BehaviourKind.Ignored, State, []);

        public StateConfiguration IgnoreIf(TTrigger trigger, Func<bool> guard, string? guardDescription = null) =>
            Add(trigger, BehaviourKind.Ignored, State, [GuardCondition.FromState(guard, guardDescription)]);

        /// <summary>Runs <paramref name="internalAction"/> without leaving the state: no exit or entry actions.</summary>
        public StateConfiguration InternalTransition(TTrigger trigger, Action<Transition> internalAction) =>
            AddInternal(trigger, [], internalAction);

        public StateConfiguration InternalTransitionIf(
            TTrigger trigger, Func<bool> guard, Action<Transition> internalAction, string? guardDescription = null) =>
            AddInternal(trigger, [GuardCondition.FromState(guard, guardDescription)], internalAction);

        public StateConfiguration InternalTransition<TArg0>(TriggerWithParameters<TArg0> trigger, Action<TArg0, Transition> internalAction)
        {
            ArgumentNullException.ThrowIfNull(trigger);
            ArgumentNullException.ThrowIfNull(internalAction);
            _representation.AddBehaviour(new TriggerBehaviour
            {
                Trigger = trigger.Trigger,
                Kind = BehaviourKind.Internal,
                InternalAction = (t, args) => internalAction(Argument<TArg0>(args, 0), t),
            });
            return this;
        }

        public StateConfiguration InternalTransitionIf<TArg0>(
            TriggerWithParameters<TArg0> trigger, Func<bool> guard, Action<TArg0, Transition> internalAction, string? guardDescription = null)
        {
            ArgumentNullException.ThrowIfNull(trigger);
            ArgumentNullException.ThrowIfNull(internalAction);
            _representation.AddBehaviour(new TriggerBehaviour
            {
                Trigger = trigger.Trigger,
                Kind = BehaviourKind.Internal,
                Guards = [GuardCondition.FromState(guard, guardDescription)],
                InternalAction = (t, args) => internalAction(Argument<TArg0>(args, 0), t),
            });
            return this;
        }

        /// <summary>Runs on every entry into this state from outside it (and on reentry).</summary>
        public StateConfiguration OnEntry(Action<Transition> entryAction, string? entryActionDescription = null)
        {
            ArgumentNullException.ThrowIfNull(entryAction);
            _representation.AddEntryAction(new StateAction((t, _) => entryAction(t), entryActionDescription ?? "entry"));
            return this;
        }

        /// <summary>Runs on entry caused by <paramref name="trigger"/> only.</summary>
        public StateConfiguration OnEntryFrom(TTrigger trigger, Action<Transition> entryAction, string? entryActionDescription = null)
        {
            ArgumentNullException.ThrowIfNull(entryAction);
            _representation.AddEntryAction(new StateAction((t, _) => entryAction(t), entryActionDescription ?? "entry", trigger, HasFromTrigger: true));
            return this;
        }

        /// <summary>Runs on entry caused by the parameterised trigger, with its argument.</summary>
        public StateConfiguration OnEntryFrom<TArg0>(
            TriggerWithParameters<TArg0> trigger, Action<TArg0, Transition> entryAction, string? entryActionDescription = null)
        {
            ArgumentNullException.ThrowIfNull(trigger);
            ArgumentNullException.ThrowIfNull(entryAction);
            _representation.AddEntryAction(new StateAction(
                (t, args) => entryAction(Argument<TArg0>(args, 0), t), entryActionDescription ?? "entry", trigger.Trigger, HasFromTrigger: true));
            return this;
        }

        /// <summary>Runs on every exit from this state to a state outside it (and on reentry).</summary>
        public StateConfiguration OnExit(Action<Transition> exitAction, string? exitActionDescription = null)
        {
            ArgumentNullException.ThrowIfNull(exitAction);
            _representation.AddExitAction(new StateAction((t, _) => exitAction(t), exitActionDescription ?? "exit"));
            return this;
        }

        /// <summary>
        /// Makes this state a substate of <paramref name="superstate"/>: triggers it does not handle are handled by
        /// the superstate, and moving between substates does not exit or re-enter the superstate.
        /// </summary>
        public StateConfiguration SubstateOf(TState superstate)
        {
            var super = _machine.GetRepresentation(superstate);
            if (super.IsIncludedIn(State))
            {
                throw new InvalidOperationException($"Configuring '{State}' as a substate of '{superstate}' would create a cycle.");
            }

            if (_representation.Superstate is not null)
            {
                throw new InvalidOperationException($"'{State}' is already a substate of '{_representation.Superstate.UnderlyingState}'.");
            }

            _representation.Superstate = super;
            super.AddSubstate(_representation);
            return this;
        }

        private StateConfiguration AddInternal(TTrigger trigger, IReadOnlyList<GuardCondition> guards, Action<Transition> internalAction)
        {
            ArgumentNullException.ThrowIfNull(internalAction);
            _representation.AddBehaviour(new TriggerBehaviour
            {
                Trigger = trigger,
                Kind = BehaviourKind.Internal,
                Guards = guards,
                InternalAction = (t, _) => internalAction(t),
            });
            return this;
        }

        private StateConfiguration Add(TTrigger trigger, BehaviourKind kind, TState destination, IReadOnlyList<GuardCondition> guards)
        {
            _representation.AddBehaviour(new TriggerBehaviour { Trigger = trigger, Kind = kind, Destination = destination, Guards = guards });
            return this;
        }

        private void EnsureNotSelf(TState destination, string alternative)
        {
            if (EqualityComparer<TState>.Default.Equals(destination, State))
            {
                throw new ArgumentException(
                    $"Permit() and PermitIf() require the destination to differ from the source; use {alternative}() to re-enter '{State}'.",
                    nameof(destination));
            }
        }
    }
}
