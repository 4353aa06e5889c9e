namespace ServiceBot.Domain.StateMachines;

public sealed partial class StateMachine<TState, TTrigger>
{
    internal sealed record StateAction(
        Action<Transition, IReadOnlyList<object?>> Action,
        string Description,
        TTrigger? FromTrigger = default,
        bool HasFromTrigger = false);

    /// <summary>Everything configured for one state, and how it enters, exits and finds a handler for a trigger.</summary>
    internal sealed class StateRepresentation(TState state)
    {
        private readonly List<TriggerBehaviour> _behaviours = [];
        private readonly List<StateAction> _entryActions = [];
        private readonly List<StateAction> _exitActions = [];
        private readonly List<StateRepresentation> _substates = [];

        public TState UnderlyingState { get; } = state;

        public StateRepresentation? Superstate { get; set; }

        public IReadOnlyList<StateRepresentation> Substates => _substates;

        public IReadOnlyList<TriggerBehaviour> Behaviours => _behaviours;

        public IReadOnlyList<StateAction> EntryActions => _entryActions;

        public IReadOnlyList<StateAction> ExitActions => _exitActions;

        public void AddBehaviour(TriggerBehaviour behaviour) => _behaviours.Add(behaviour);

        public void AddEntryAction(StateAction action) => _entryActions.Add(action);

        public void AddExitAction(StateAction action) => _exitActions.Add(action);

        public void AddSubstate(StateRepresentation substate) => _substates.Add(substate);

        /// <summary>True when this state is <paramref name="state"/> or lies inside it.</summary>
        public bool IsIncludedIn(TState state) =>
            EqualityComparer<TState>.Default.Equals(UnderlyingState, state) || Superstate?.IsIncludedIn(state) == true;

        /// <summary>True when <paramref name="state"/> is this state or lies inside it.</summary>
        public bool Includes(TState state) =>
            EqualityComparer<TState>.Default.Equals(UnderlyingState, state) || _substates.Any(s => s.Includes(state));

        /// <summary>
        /// Finds the behaviour for a trigger here or in a superstate. With <paramref name="args"/> null, guards that
        /// read arguments count as met and several matching behaviours are allowed (the caller only asks "could it fire").
        /// </summary>
        public TriggerBehaviour? FindHandler(TTrigger trigger, IReadOnlyList<object?>? args, ICollection<string> unmetGuards)
        {
            var candidates = _behaviours.Where(b => EqualityComparer<TTrigger>.Default.Equals(b.Trigger, trigger)).ToList();
            var passing = candidates.Where(b => b.GuardsMet(args, unmetGuards)).ToList();
            if (passing.Count > 1 && args is not null)
            {
                throw new InvalidOperationException(
                    $"Multiple permitted exit transitions are configured from state '{UnderlyingState}' for trigger '{trigger}'. Guard clauses must be mutually exclusive.");
            }

            return passing.Count > 0 ? passing[0] : Superstate?.FindHandler(trigger, args, unmetGuards);
        }

        public void Enter(Transition transition)
        {
            if (transition.IsReentry)
            {
                Execute(_entryActions, transition);
            }
            else if (!Includes(transition.Source))
            {
                Superstate?.Enter(transition);
                Execute(_entryActions, transition);
            }
        }

        public void Exit(Transition transition)
        {
            if (transition.IsReentry)
            {
                Execute(_exitActions, transition);
            }
            else if (!Includes(transition.Destination))
            {
                Execute(_exitActions, transition);
                Superstate?.Exit(transition);
            }
        }

        private static void Execute(List<StateAction> actions, Transition transition)
        {
            foreach (var action in actions)
            {
                if (!action.HasFromTrigger || EqualityComparer<TTrigger>.Default.Equals(action.FromTrigger, transition.Trigger))
                {
                    action.Action(transition, transition.Parameters);
                }
            }
        }
    }
}
