using ServiceBot.Domain.StateMachines;

namespace ServiceBot.Domain.Tests.StateMachines;

public sealed class MermaidGraphTests
{
    private enum State
    {
        Idle,
        Busy,
        Waiting,
        Done,
    }

    private enum Trigger
    {
        Start,
        Pause,
        Resume,
        Finish,
        Ping,
    }

    [Fact]
    public void Format_DrawsStatesTransitionsGuardsSubstatesAndInternals_FromConfiguration()
    {
        var machine = new StateMachine<State, Trigger>(State.Idle);
        machine.Configure(State.Idle).PermitIf(Trigger.Start, State.Busy, () => true, "has work");
        machine.Configure(State.Busy).Permit(Trigger.Pause, State.Waiting).Permit(Trigger.Finish, State.Done).InternalTransition(Trigger.Ping, _ => { });
        machine.Configure(State.Waiting).SubstateOf(State.Busy).Permit(Trigger.Resume, State.Busy);

        var graph = MermaidGraph.Format(machine.GetInfo());

        Assert.Equal(
            """
            stateDiagram-v2
                state "Idle" as Idle
                state "Busy" as Busy
                state "Waiting" as Waiting
                state "Done" as Done
                state Busy {
                    Waiting
                }
                [*] --> Idle
                Idle --> Busy : Start [has work]
                Busy --> Waiting : Pause
                Busy --> Done : Finish
                Waiting --> Busy : Resume
                note right of Busy
                    internal: Ping
                end note

            """.ReplaceLineEndings("\n"),
            graph);
    }
}
