using ServiceBot.Domain.Common;
using ServiceBot.Domain.StateMachines;

namespace ServiceBot.Domain.Cases;

public sealed partial class Case
{
    /// <summary>
    /// The one definition of the case lifecycle. The machine is rebuilt for every operation around this case and
    /// the operation's context, so guards can read the clock and the case's own fields.
    /// </summary>
    private sealed class Lifecycle
    {
        private readonly Dictionary<CaseTrigger, object> _parameterised;

        public Lifecycle(Case owner, LifecycleContext context)
        {
            Machine = new StateMachine<CaseState, CaseTrigger>(() => owner.State, s => owner.State = s);
            Dispatch = Machine.SetTriggerParameters<DispatchPlan>(CaseTrigger.Dispatch);
            Redispatch = Machine.SetTriggerParameters<DispatchPlan>(CaseTrigger.Redispatch);
            ApproveReturn = Machine.SetTriggerParameters<DispatchPlan>(CaseTrigger.ApproveReturn);
            Evaluate = Machine.SetTriggerParameters<CaseEvaluation>(CaseTrigger.Evaluate);
            EscalateToLeader = Machine.SetTriggerParameters<string>(CaseTrigger.EscalateToLeader);
            Instruct = Machine.SetTriggerParameters<LeaderInstruction>(CaseTrigger.Instruct);
            _parameterised = new Dictionary<CaseTrigger, object>
            {
                [CaseTrigger.Dispatch] = Dispatch,
                [CaseTrigger.Redispatch] = Redispatch,
                [CaseTrigger.ApproveReturn] = ApproveReturn,
                [CaseTrigger.Evaluate] = Evaluate,
                [CaseTrigger.EscalateToLeader] = EscalateToLeader,
                [CaseTrigger.Instruct] = Instruct,
            };
            Configure(owner, context);
        }

        public StateMachine<CaseState, CaseTrigger> Machine { get; }

        public StateMachine<CaseState, CaseTrigger>.TriggerWithParameters<DispatchPlan> Dispatch { get; }

        public StateMachine<CaseState, CaseTrigger>.TriggerWithParameters<DispatchPlan> Redispatch { get; }

        public StateMachine<CaseState, CaseTrigger>.TriggerWithParameters<DispatchPlan> ApproveReturn { get; }

        public StateMachine<CaseState, CaseTrigger>.TriggerWithParameters<CaseEvaluation> Evaluate { get; }

        public StateMachine<CaseState, CaseTrigger>.TriggerWithParameters<string> EscalateToLeader { get; }

        public StateMachine<CaseState, CaseTrigger>.TriggerWithParameters<LeaderInstruction> Instruct { get; }

        public StateMachine<CaseState, CaseTrigger>.TriggerWithParameters<TArg> WithParameters<TArg>(CaseTrigger trigger) =>
            (StateMachine<CaseState, CaseTrigger>.TriggerWithParameters<TArg>)_parameterised[trigger];

        private void Configure(Case c, LifecycleContext ctx)
        {
            Machine.Configure(CaseState.Submitted)
                .Permit(CaseTrigger.Dispatch, CaseState.Dispatched)
                .Permit(CaseTrigger.Withdraw, CaseState.Withdrawn)
                .Permit(CaseTrigger.Merge, CaseState.Merged);

            var dispatched = Machine.Configure(CaseState.Dispatched)
                .OnEntryFrom(Dispatch, (plan, _) => c.ApplyDispatch(plan, ctx), "start sign-for and answer clocks")
                .OnEntryFrom(Redispatch, (plan, _) => c.ApplyDispatch(plan, ctx), "restart clocks for the new bureau")
                .OnEntryFrom(ApproveReturn, (plan, _) => c.ApplyDispatch(plan, ctx), "restart clocks for the new bureau")
                .Permit(CaseTrigger.SignFor, CaseState.Handling)
                .PermitReentry(CaseTrigger.Redispatch)
                .PermitIf(CaseTrigger.RequestReturn, CaseState.ReturnRequested, () => c.WithinReturnWindow(ctx.Now), "交办后1个工作日内");
            ConfigureOpenCase(dispatched, c);

            var inProgress = Machine.Configure(CaseState.InProgress)
                .Permit(CaseTrigger.Redispatch, CaseState.Dispatched)
                .PermitIf(CaseTrigger.RequestReturn, CaseState.ReturnRequested, () => c.WithinReturnWindow(ctx.Now), "交办后1个工作日内")
                .InternalTransition(CaseTrigger.LogContact, _ => { })
                .InternalTransition(CaseTrigger.PostStageReply, _ => { })
                .InternalTransitionIf(CaseTrigger.SubmitCoHandlerInput, () => c._coHandlers.Count > 0, _ => { }, "有协办单位");
            ConfigureOpenCase(inProgress, c);

            Machine.Configure(CaseState.Handling)
                .SubstateOf(CaseState.InProgress)
                .Permit(CaseTrigger.RequestInformation, CaseState.AwaitingInformation)
                .PermitIf(CaseTrigger.RequestExtension, CaseState.ExtensionRequested, () => c.ExtensionStillAllowed(ctx), "答复时限前至少1个工作日申请")
                .PermitIf(CaseTrigger.Answer, CaseState.Answered, () => !c.RequiresAnswerApproval, "无需负责人审批")
                .PermitIf(CaseTrigger.Answer, CaseState.AnswerPendingApproval, () => c.RequiresAnswerApproval, "需负责人审批");

            Machine.Configure(CaseState.AwaitingInformation)
                .SubstateOf(CaseState.InProgress)
                .OnEntry(_ => c.PauseAnswerClock(ctx), "pause the answer clock")
                .OnExit(_ => c.ResumeAnswerClock(ctx), "resume the answer clock")
                .Permit(CaseTrigger.SupplyInformation, CaseState.Handling)
                .PermitIf(CaseTrigger.Answer, CaseState.Answered, () => !c.RequiresAnswerApproval, "无需负责人审批")
                .PermitIf(CaseTrigger.Answer, CaseState.AnswerPendingApproval, () => c.RequiresAnswerApproval, "需负责人审批");

            Machine.Configure(CaseState.ExtensionRequested)
                .SubstateOf(CaseState.InProgress)
                .Permit(CaseTrigger.ApproveExtension, CaseState.Handling)
                .Permit(CaseTrigger.RejectExtension, CaseState.Handling);

            Machine.Configure(CaseState.AnswerPendingApproval)
                .SubstateOf(CaseState.InProgress)
                .Permit(CaseTrigger.ApproveAnswer, CaseState.Answered)
                .Permit(CaseTrigger.RejectAnswer, CaseState.Handling);

            var returnRequested = Machine.Configure(CaseState.ReturnRequested)
                .Permit(CaseTrigger.ApproveReturn, CaseState.Dispatched)
                .PermitDynamic(
                    CaseTrigger.RejectReturn,
                    () => c.SignedForAt is null ? CaseState.Dispatched : CaseState.Handling,
                    CaseState.Dispatched,
                    CaseState.Handling);
            ConfigureOpenCase(returnRequested, c);

            Machine.Configure(CaseState.Answered)
                .OnEntry(_ => c.StartEvaluationClock(ctx), "stop the answer clock, start the evaluation clock")
                .OnExit(_ => c.ActiveClock(ClockKind.Evaluation)?.Complete(ctx.Now), "stop the evaluation clock")
                .PermitIf(Evaluate, CaseState.Closed, e => e.Rating != EvaluationRating.Unsatisfied, "满意或基本满意")
                .PermitIf(Evaluate, CaseState.Handling, e => e.Rating == EvaluationRating.Unsatisfied, "不满意则重办")
                .PermitIf(CaseTrigger.CloseUnevaluated, CaseState.Closed, () => c.EvaluationWindowPassed(ctx.Now), "评价期已过")
                .Permit(CaseTrigger.Close, CaseState.Closed);

            Machine.Configure(CaseState.Closed)
                .OnEntry(_ => c.Finish(ctx), "stop all clocks")
                .Permit(CaseTrigger.Reopen, CaseState.Handling);

            Machine.Configure(CaseState.Withdrawn).OnEntry(_ => c.Finish(ctx), "stop all clocks");
            Machine.Configure(CaseState.Merged).OnEntry(_ => c.Finish(ctx), "stop all clocks");
        }

        /// <summary>What every open case allows: withdrawal, merging, and the escalation ladder.</summary>
        private void ConfigureOpenCase(StateMachine<CaseState, CaseTrigger>.StateConfiguration state, Case c) => state
            .Permit(CaseTrigger.Withdraw, CaseState.Withdrawn)
            .Permit(CaseTrigger.Merge, CaseState.Merged)
            .InternalTransition(CaseTrigger.Urge, _ => c.RaiseEscalation(EscalationLevel.Urged))
            .InternalTransition(CaseTrigger.Supervise, _ => c.RaiseEscalation(EscalationLevel.Supervised))
            .InternalTransitionIf(EscalateToLeader, () => c.EscalationLevel < EscalationLevel.Elevated, (leader, _) => c.ElevateTo(leader), "尚未提级")
            .InternalTransitionIf(Instruct, () => c.EscalationLevel == EscalationLevel.Elevated, (_, _) => { }, "已提级至县领导");
    }

    /// <summary>The lifecycle as a Mermaid diagram; <c>docs/case-lifecycle.md</c> is generated from it.</summary>
    public static string LifecycleDiagram()
    {
        var blank = new Case();
        var lifecycle = new Lifecycle(blank, null!);
        return MermaidGraph.Format(lifecycle.Machine.GetInfo(), s => $"{s.ToChinese()} {s}", t => t.ToString());
    }

    /// <summary>The actions <paramref name="context"/>'s actor may take now: permitted by the lifecycle and by their role.</summary>
    public IReadOnlyList<CaseTrigger> PermittedActions(LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Lifecycle(this, context).Machine.PermittedTriggers
            .Where(t => CasePermissions.MayFire(context.Actor, this, t))
            .ToList();
    }

    private Result Fire(CaseTrigger trigger, LifecycleContext context, string? note, IReadOnlyDictionary<string, string>? data = null, Action? effect = null) =>
        FireCore(trigger, context, note, data, effect, lifecycle => (
            lifecycle.Machine.CanFire(trigger, out var unmet) ? null : unmet,
            () => lifecycle.Machine.Fire(trigger)));

    private Result Fire<TArg>(
        CaseTrigger trigger, TArg argument, LifecycleContext context, string? note, IReadOnlyDictionary<string, string>? data = null, Action? effect = null) =>
        FireCore(trigger, context, note, data, effect, lifecycle => (
            lifecycle.Machine.CanFire(lifecycle.WithParameters<TArg>(trigger), argument, out var unmet) ? null : unmet,
            () => lifecycle.Machine.Fire(lifecycle.WithParameters<TArg>(trigger), argument)));

    private Result FireCore(
        CaseTrigger trigger,
        LifecycleContext context,
        string? note,
        IReadOnlyDictionary<string, string>? data,
        Action? effect,
        Func<Lifecycle, (ICollection<string>? Unmet, Action Fire)> prepare)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lifecycle = new Lifecycle(this, context);
        var (unmet, fire) = prepare(lifecycle);
        if (unmet is not null)
        {
            return unmet.Count > 0
                ? Error.Conflict("case.action.guard", $"现在不能{trigger.ToChinese()}：需满足“{string.Join("、", unmet.Distinct())}”。")
                : Error.Conflict("case.action.invalidState", $"诉求当前状态为“{State.ToChinese()}”，不能{trigger.ToChinese()}。");
        }

        // The system actor fires what the lifecycle itself decides (deadline escalation, closing unevaluated cases).
        if (context.Actor.Role != Users.Role.System && !CasePermissions.MayFire(context.Actor, this, trigger))
        {
            return Error.Forbidden("case.action.forbidden", $"您无权对此诉求执行“{trigger.ToChinese()}”。");
        }

        var from = State;
        fire();
        effect?.Invoke();
        Append(trigger.ToString(), from, State, context, note, data);
        RefreshDeadlineChecks(context);
        return Result.Success;
    }
}
