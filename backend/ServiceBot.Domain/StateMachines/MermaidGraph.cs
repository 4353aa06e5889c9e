using System.Globalization;
using System.Text;

namespace ServiceBot.Domain.StateMachines;

/// <summary>Draws a state machine's configuration as a Mermaid <c>stateDiagram-v2</c>, as Stateless's MermaidGraph does.</summary>
public static class MermaidGraph
{
    public static string Format<TState, TTrigger>(
        StateMachine<TState, TTrigger>.MachineInfo info,
        Func<TState, string>? stateLabel = null,
        Func<TTrigger, string>? triggerLabel = null)
        where TState : notnull
        where TTrigger : notnull
    {
        ArgumentNullException.ThrowIfNull(info);
        stateLabel ??= s => s.ToString()!;
        triggerLabel ??= t => t.ToString()!;
        var byState = info.States.ToDictionary(s => s.State);
        var sb = new StringBuilder().Append("stateDiagram-v2\n");

        foreach (var state in info.States)
        {
            sb.Append(CultureInfo.InvariantCulture, $"    state \"{stateLabel(state.State)}\" as {state.State}\n");
        }

        foreach (var root in info.States.Where(s => !s.HasSuperstate && s.Substates.Count > 0))
        {
            WriteComposite(sb, root, byState, indent: "    ");
        }

        sb.Append(CultureInfo.InvariantCulture, $"    [*] --> {info.InitialState}\n");
        foreach (var state in info.States)
        {
            foreach (var transition in state.Transitions)
            {
                WriteTransition(sb, state.State, transition, triggerLabel);
            }
        }

        foreach (var state in info.States)
        {
            var internals = state.Transitions.Where(t => t.Kind == StateMachine<TState, TTrigger>.TransitionKind.Internal).ToList();
            if (internals.Count > 0)
            {
                var labels = internals.Select(t => Label(triggerLabel(t.Trigger), t.GuardDescriptions)).Distinct();
                sb.Append(CultureInfo.InvariantCulture, $"    note right of {state.State}\n        internal: {string.Join(", ", labels)}\n    end note\n");
            }
        }

        return sb.ToString();
    }

    private static void WriteComposite<TState, TTrigger>(
        StringBuilder sb,
        StateMachine<TState, TTrigger>.StateInfo state,
        Dictionary<TState, StateMachine<TState, TTrigger>.StateInfo> byState,
        string indent)
        where TState : notnull
        where TTrigger : notnull
    {
        sb.Append(CultureInfo.InvariantCulture, $"{indent}state {state.State} {{\n");
        foreach (var substate in state.Substates)
        {
            var info = byState[substate];
            if (info.Substates.Count > 0)
            {
                WriteComposite(sb, info, byState, indent + "    ");
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"{indent}    {substate}\n");
            }
        }

        sb.Append(CultureInfo.InvariantCulture, $"{indent}}}\n");
    }

    private static void WriteTransition<TState, TTrigger>(
        StringBuilder sb, TState source, StateMachine<TState, TTrigger>.TransitionInfo transition, Func<TTrigger, string> triggerLabel)
        where TState : notnull
        where TTrigger : notnull
    {
        if (transition.Kind is StateMachine<TState, TTrigger>.TransitionKind.Internal or StateMachine<TState, TTrigger>.TransitionKind.Ignored)
        {
            return;
        }

        var label = Label(triggerLabel(transition.Trigger), transition.GuardDescriptions);
        foreach (var destination in transition.Destinations)
        {
            sb.Append(CultureInfo.InvariantCulture, $"    {source} --> {destination} : {label}\n");
        }
    }

    private static string Label(string trigger, IReadOnlyList<string> guards) =>
        guards.Count == 0 ? trigger : $"{trigger} [{string.Join(" && ", guards)}]";
}
