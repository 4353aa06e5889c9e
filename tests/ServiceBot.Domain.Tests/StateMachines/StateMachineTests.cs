using ServiceBot.Domain.StateMachines;

namespace ServiceBot.Domain.Tests.StateMachines;

/// <summary>The Stateless concepts our machine promises, on Stateless's own phone-call example.</summary>
public sealed class StateMachineTests
{
    private enum State
    {
        OffHook,
        Ringing,
        Connected,
        OnHold,
        Destroyed,
    }

    private enum Trigger
    {
        CallDialled,
        CallConnected,
        LeftMessage,
        PlacedOnHold,
        TakenOffHold,
        HungUp,
        PhoneHurledAgainstWall,
        MuteMicrophone,
        SetVolume,
    }

    [Fact]
    public void Fire_MovesToDestination_WhenTriggerIsPermitted()
    {
        var machine = new StateMachine<State, Trigger>(State.OffHook);
        machine.Configure(State.OffHook).Permit(Trigger.CallDialled, State.Ringing);

        machine.Fire(Trigger.CallDialled);

        Assert.Equal(State.Ringing, machine.State);
    }

    [Fact]
    public void Fire_ReadsAndWritesExternalState_WhenBuiltWithAccessorAndMutator()
    {
        var stored = State.OffHook;
        var machine = new StateMachine<State, Trigger>(() => stored, s => stored = s);
        machine.Configure(State.OffHook).Permit(Trigger.CallDialled, State.Ringing);

        machine.Fire(Trigger.CallDialled);

        Assert.Equal(State.Ringing, stored);
    }

    [Fact]
    public void Fire_ThrowsInvalidOperation_WhenTriggerIsNotConfigured()
    {
        var machine = new StateMachine<State, Trigger>(State.OffHook);
        machine.Configure(State.OffHook).Permit(Trigger.CallDialled, State.Ringing);

        var error = Assert.Throws<InvalidOperationException>(() => machine.Fire(Trigger.HungUp));

        Assert.Contains("No valid leaving transitions", error.Message);
        Assert.Equal(State.OffHook, machine.State);
    }

    [Fact]
    public void Fire_ReportsGuardDescription_WhenGuardIsNotMet()
    {
        var machine = new StateMachine<State, Trigger>(State.OffHook);
        machine.Configure(State.OffHook).PermitIf(Trigger.CallDialled, State.Ringing, () => false, "line is free");

        var error = Assert.Throws<InvalidOperationException>(() => machine.Fire(Trigger.CallDialled));

        Assert.Contains("line is free", error.Message);
        Assert.False(machine.CanFire(Trigger.CallDialled, out var unmet));
        Assert.Equal(["line is free"], unmet);
    }

    [Fact]
    public void Fire_ChoosesTheGuardThatHolds_WhenTwoPermitsShareATrigger()
    {
        var busy = true;
        var machine = new StateMachine<State, Trigger>(State.OffHook);
        machine.Configure(State.OffHook)
            .PermitIf(Trigger.CallDialled, State.Ringing, () => !busy, "free")
            .PermitIf(Trigger.CallDialled, State.Destroyed, () => busy, "busy");

        machine.Fire(Trigger.CallDialled);

        Assert.Equal(State.Destroyed, machine.State);
    }

    [Fact]
    public void Fire_Throws_WhenTwoGuardsHoldAtOnce()
    {
        var machine = new StateMachine<State, Trigger>(State.OffHook);
        machine.Configure(State.OffHook)
            .PermitIf(Trigger.CallDialled, State.Ringing, () => true, "a")
            .PermitIf(Trigger.CallDialled, State.Destroyed, () => true, "b");

        var error = Assert.Throws<InvalidOperationException>(() => machine.Fire(Trigger.CallDialled));

        Assert.Contains("mutually exclusive", error.Message);
    }

    [Fact]
    public void Fire_PassesArgumentToGuardAndEntryAction_WhenTriggerHasParameters()
    {
        var machine = new StateMachine<State, Trigger>(State.OffHook);
        var dial = machine.SetTriggerParameters<string>(Trigger.CallDialled);
        string? dialled = null;
        machine.Configure(State.OffHook).PermitIf(dial, State.Ringing, number => number.StartsWith('1'), "mobile number");
        machine.Configure(State.Ringing).OnEntryFrom(dial, (number, _) => dialled = number);

        machine.Fire(dial, "13800000000");

        Assert.Equal(State.Ringing, machine.State);
        Assert.Equal("13800000000", dialled);
    }

    [Fact]
    public void Fire_RejectsArgument_WhenParameterGuardFails()
    {
        var machine = new StateMachine<State, Trigger>(State.OffHook);
        var dial = machine.SetTriggerParameters<string>(Trigger.CallDialled);
        machine.Configure(State.OffHook).PermitIf(dial, State.Ringing, number => number.StartsWith('1'), "mobile number");

        Assert.Throws<InvalidOperationException>(() => machine.Fire(dial, "0579-1234"));
        Assert.False(machine.CanFire(dial, "0579-1234", out var unmet));
        Assert.Equal(["mobile number"], unmet);
        Assert.Equal(State.OffHook, machine.State);
    }

    [Fact]
    public void SetTriggerParameters_Throws_WhenTriggerAlreadyHasParameters()
    {
        var machine = new StateMachine<State, Trigger>(State.OffHook);
        machine.SetTriggerParameters<string>(Trigger.CallDialled);

        Assert.Throws<InvalidOperationException>(() => machine.SetTriggerParameters<int>(Trigger.CallDialled));
    }

    [Fact]
    public void Fire_DoesNothing_WhenTriggerIsIgnored()
    {
        var transitions = 0;
        var machine = new StateMachine<State, Trigger>(State.Connected);
        machine.Configure(State.Connected).Ignore(Trigger.CallDialled);
        machine.OnTransitioned(_ => transitions++);

        machine.Fire(Trigger.CallDialled);

        Assert.Equal(State.Connected, machine.State);
        Assert.Equal(0, transitions);
    }

    [Fact]
    public void Fire_RunsActionWithoutExitOrEntry_WhenTransitionIsInternal()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.Connected);
        machine.Configure(State.Connected)
            .OnEntry(_ => log.Add("entry"))
            .OnExit(_ => log.Add("exit"))
            .InternalTransition(Trigger.MuteMicrophone, t => log.Add($"muted internal={t.IsInternal}"));

        machine.Fire(Trigger.MuteMicrophone);

        Assert.Equal(["muted internal=True"], log);
        Assert.Equal(State.Connected, machine.State);
    }

    [Fact]
    public void Fire_PassesArgumentToInternalAction_WhenInternalTriggerHasParameters()
    {
        var volume = 0;
        var machine = new StateMachine<State, Trigger>(State.Connected);
        var setVolume = machine.SetTriggerParameters<int>(Trigger.SetVolume);
        machine.Configure(State.Connected).InternalTransition(setVolume, (level, _) => volume = level);

        machine.Fire(setVolume, 7);

        Assert.Equal(7, volume);
    }

    [Fact]
    public void Fire_RunsExitThenEntryWithTransitionInfo_WhenStateChanges()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.Ringing);
        machine.Configure(State.Ringing)
            .Permit(Trigger.CallConnected, State.Connected)
            .OnExit(t => log.Add($"exit {t.Source}->{t.Destination} by {t.Trigger}"));
        machine.Configure(State.Connected).OnEntry(t => log.Add($"entry {t.Source}->{t.Destination} by {t.Trigger}"));
        machine.OnTransitioned(t => log.Add($"transitioned to {t.Destination}"));

        machine.Fire(Trigger.CallConnected);

        Assert.Equal(
            [
                "exit Ringing->Connected by CallConnected",
                "transitioned to Connected",
                "entry Ringing->Connected by CallConnected",
            ],
            log);
    }

    [Fact]
    public void Fire_RunsOnlyMatchingEntryFrom_WhenEnteredByAnotherTrigger()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.Ringing);
        machine.Configure(State.Ringing).Permit(Trigger.CallConnected, State.Connected);
        machine.Configure(State.Connected)
            .OnEntryFrom(Trigger.TakenOffHold, _ => log.Add("from hold"))
            .OnEntryFrom(Trigger.CallConnected, _ => log.Add("from ringing"));

        machine.Fire(Trigger.CallConnected);

        Assert.Equal(["from ringing"], log);
    }

    [Fact]
    public void Fire_ExitsAndReentersState_WhenReentryIsPermitted()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.Connected);
        machine.Configure(State.Connected)
            .PermitReentry(Trigger.CallDialled)
            .OnEntry(t => log.Add($"entry reentry={t.IsReentry}"))
            .OnExit(_ => log.Add("exit"));

        machine.Fire(Trigger.CallDialled);

        Assert.Equal(["exit", "entry reentry=True"], log);
    }

    [Fact]
    public void Permit_Throws_WhenDestinationIsTheSourceState()
    {
        var machine = new StateMachine<State, Trigger>(State.Connected);

        Assert.Throws<ArgumentException>(() => machine.Configure(State.Connected).Permit(Trigger.CallDialled, State.Connected));
    }

    [Fact]
    public void Fire_UsesSelectorsAnswer_WhenTransitionIsDynamic()
    {
        var target = State.OnHold;
        var machine = new StateMachine<State, Trigger>(State.Connected);
        machine.Configure(State.Connected).PermitDynamic(Trigger.PlacedOnHold, () => target, State.OnHold, State.Destroyed);

        machine.Fire(Trigger.PlacedOnHold);

        Assert.Equal(State.OnHold, machine.State);
    }

    [Fact]
    public void Fire_UsesSuperstateTransition_WhenSubstateDoesNotHandleTrigger()
    {
        var machine = new StateMachine<State, Trigger>(State.OnHold);
        machine.Configure(State.Connected).Permit(Trigger.HungUp, State.OffHook);
        machine.Configure(State.OnHold).SubstateOf(State.Connected).Permit(Trigger.TakenOffHold, State.Connected);

        machine.Fire(Trigger.HungUp);

        Assert.Equal(State.OffHook, machine.State);
    }

    [Fact]
    public void Fire_KeepsSuperstateEntered_WhenMovingIntoSubstate()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.Connected);
        machine.Configure(State.Connected)
            .Permit(Trigger.PlacedOnHold, State.OnHold)
            .OnEntry(_ => log.Add("connected entry"))
            .OnExit(_ => log.Add("connected exit"));
        machine.Configure(State.OnHold)
            .SubstateOf(State.Connected)
            .OnEntry(_ => log.Add("hold entry"))
            .OnExit(_ => log.Add("hold exit"))
            .Permit(Trigger.TakenOffHold, State.Connected);

        machine.Fire(Trigger.PlacedOnHold);
        machine.Fire(Trigger.TakenOffHold);

        Assert.Equal(["hold entry", "hold exit"], log);
    }

    [Fact]
    public void Fire_EntersSuperstateFirstAndExitsItLast_WhenCrossingItsBoundary()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.Ringing);
        machine.Configure(State.Ringing).Permit(Trigger.CallConnected, State.OnHold);
        machine.Configure(State.Connected)
            .OnEntry(_ => log.Add("connected entry"))
            .OnExit(_ => log.Add("connected exit"))
            .Permit(Trigger.HungUp, State.OffHook);
        machine.Configure(State.OnHold)
            .SubstateOf(State.Connected)
            .OnEntry(_ => log.Add("hold entry"))
            .OnExit(_ => log.Add("hold exit"));

        machine.Fire(Trigger.CallConnected);
        machine.Fire(Trigger.HungUp);

        Assert.Equal(["connected entry", "hold entry", "hold exit", "connected exit"], log);
    }

    [Fact]
    public void IsInState_IsTrueForSuperstate_WhenInSubstate()
    {
        var machine = new StateMachine<State, Trigger>(State.OnHold);
        machine.Configure(State.OnHold).SubstateOf(State.Connected);

        Assert.True(machine.IsInState(State.Connected));
        Assert.True(machine.IsInState(State.OnHold));
        Assert.False(machine.IsInState(State.Ringing));
    }

    [Fact]
    public void SubstateOf_Throws_WhenItWouldCreateACycle()
    {
        var machine = new StateMachine<State, Trigger>(State.OnHold);
        machine.Configure(State.OnHold).SubstateOf(State.Connected);

        Assert.Throws<InvalidOperationException>(() => machine.Configure(State.Connected).SubstateOf(State.OnHold));
    }

    [Fact]
    public void PermittedTriggers_ListsOwnAndSuperstateTriggers_WithoutIgnoredOrGuardedOnes()
    {
        var machine = new StateMachine<State, Trigger>(State.OnHold);
        machine.Configure(State.Connected)
            .Permit(Trigger.HungUp, State.OffHook)
            .InternalTransition(Trigger.MuteMicrophone, _ => { })
            .Ignore(Trigger.CallDialled);
        machine.Configure(State.OnHold)
            .SubstateOf(State.Connected)
            .Permit(Trigger.TakenOffHold, State.Connected)
            .PermitIf(Trigger.PhoneHurledAgainstWall, State.Destroyed, () => false, "angry");

        var permitted = machine.PermittedTriggers;

        Assert.Equal([Trigger.TakenOffHold, Trigger.HungUp, Trigger.MuteMicrophone], permitted);
    }

    [Fact]
    public void PermittedTriggers_IncludesParameterGuardedTrigger_WhenArgumentsAreUnknown()
    {
        var machine = new StateMachine<State, Trigger>(State.OffHook);
        var dial = machine.SetTriggerParameters<string>(Trigger.CallDialled);
        machine.Configure(State.OffHook).PermitIf(dial, State.Ringing, number => number.Length == 11, "11 digits");

        Assert.Equal([Trigger.CallDialled], machine.PermittedTriggers);
        Assert.Empty(machine.GetPermittedTriggers(["123"]));
    }

    [Fact]
    public void OnUnhandledTrigger_ReplacesTheException_WhenConfigured()
    {
        var machine = new StateMachine<State, Trigger>(State.OffHook);
        (State, Trigger)? unhandled = null;
        machine.OnUnhandledTrigger((s, t, _) => unhandled = (s, t));

        machine.Fire(Trigger.HungUp);

        Assert.Equal((State.OffHook, Trigger.HungUp), unhandled);
    }

    [Fact]
    public void Fire_ThrowsArgumentException_WhenArgumentHasWrongType()
    {
        var machine = new StateMachine<State, Trigger>(State.OffHook);
        machine.SetTriggerParameters<string>(Trigger.CallDialled);
        machine.Configure(State.OffHook).Permit(Trigger.CallDialled, State.Ringing);

        Assert.Throws<ArgumentException>(() => machine.Fire(Trigger.CallDialled));
    }
}
