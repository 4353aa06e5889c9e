using System.Globalization;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Domain.Cases;

public sealed partial class Case
{
    /// <summary>
    /// Routes the case to its (new) lead bureau. Every clock restarts here: the clock starts at dispatch, not at
    /// sign-for, and a redispatched case is a new assignment for the new bureau.
    /// </summary>
    private void ApplyDispatch(DispatchPlan plan, LifecycleContext ctx)
    {
        var isRedispatch = DispatchedAt is not null;
        foreach (var clock in _clocks)
        {
            clock.Cancel(ctx.Now);
        }

        LeadBureauCode = plan.LeadBureauCode;
        _coHandlers.Clear();
        foreach (var code in plan.DistinctCoHandlers)
        {
            _coHandlers.Add(new CaseCoHandler(code, ctx.Now));
        }

        RequiresAnswerApproval = plan.RequiresAnswerApproval;
        DispatchedAt = ctx.Now;
        SignedForAt = null;
        ReturnDeadline = ctx.Deadlines.AddWorkingDays(ctx.Now, ctx.Sla.ReturnWindowWorkingDays).Due;

        var signFor = CaseClock.StartWorkingDays(ClockKind.SignFor, ctx.Now, ctx.Sla.SignForWorkingDays, ctx.Deadlines).JudgedFor(LeadBureauCode);
        var answer = StartAnswerClock(ctx);
        _clocks.Add(signFor);
        if (Urgency == CaseUrgency.Urgent)
        {
            _clocks.Add(CaseClock.StartHours(ClockKind.Contact, ctx.Now, ctx.Sla.UrgentContactHours, ctx.Deadlines).JudgedFor(LeadBureauCode));
        }

        foreach (var coHandler in _coHandlers)
        {
            _clocks.Add(CaseClock.StartWorkingDays(ClockKind.CoHandlerReport, ctx.Now, ctx.Sla.CoHandlerReportWorkingDays, ctx.Deadlines, coHandler.BureauCode));
        }

        Raise(new CaseDispatched(Id, Number, ctx.Now, plan.LeadBureauCode, plan.DistinctCoHandlers, signFor.DueAt, answer.DueAt, isRedispatch,
            ConfirmedByReporter: plan.ConfirmedByReporter && !isRedispatch));
    }

    private CaseClock StartAnswerClock(LifecycleContext ctx)
    {
        ActiveClock(ClockKind.Answer)?.Cancel(ctx.Now);
        var days = ctx.Sla.AnswerWorkingDaysFor(Type, Category, Complexity, _coHandlers.Count > 0);
        var clock = CaseClock.StartWorkingDays(ClockKind.Answer, ctx.Now, days, ctx.Deadlines).JudgedFor(LeadBureauCode);
        _clocks.Add(clock);
        return clock;
    }

    private void PauseAnswerClock(LifecycleContext ctx)
    {
        if (ctx.Sla.PauseWhileAwaitingInformation)
        {
            ActiveClock(ClockKind.Answer)?.Pause(ctx.Now);
        }
    }

    private void ResumeAnswerClock(LifecycleContext ctx) => ActiveClock(ClockKind.Answer)?.Resume(ctx.Now, ctx.Deadlines);

    private void StartEvaluationClock(LifecycleContext ctx)
    {
        ActiveClock(ClockKind.Answer)?.Complete(ctx.Now);
        ActiveClock(ClockKind.Contact)?.Complete(ctx.Now);
        _clocks.Add(CaseClock.StartWorkingDays(ClockKind.Evaluation, ctx.Now, ctx.Sla.EvaluationWorkingDays, ctx.Deadlines).JudgedFor(LeadBureauCode));
    }

    private void Finish(LifecycleContext ctx)
    {
        foreach (var clock in _clocks)
        {
            clock.Cancel(ctx.Now);
        }

        ClosedAt = ctx.Now;
    }

    private bool WithinReturnWindow(DateTimeOffset now) => ReturnDeadline is { } deadline && now < deadline;

    private bool EvaluationWindowPassed(DateTimeOffset now) => ActiveClock(ClockKind.Evaluation) is not { } clock || now >= clock.DueAt;

    /// <summary>An extension must be asked for at least N working days before the answer deadline.</summary>
    private bool ExtensionStillAllowed(LifecycleContext ctx)
    {
        var answer = ActiveClock(ClockKind.Answer);
        if (answer is null)
        {
            return false;
        }

        var today = ctx.Deadlines.LocalDate(ctx.Now);
        return ctx.Deadlines.Calendar.CountWorkingDays(today, answer.DueDate) >= ctx.Sla.ExtensionNoticeWorkingDays;
    }

    private void RaiseEscalation(EscalationLevel level)
    {
        if (level > EscalationLevel)
        {
            EscalationLevel = level;
        }
    }

    private void ElevateTo(string leaderCode)
    {
        EscalationLevel = EscalationLevel.Elevated;
        EscalatedToLeaderCode = leaderCode;
    }

    private static Dictionary<string, string> Due(string key, DateTimeOffset due) =>
        new() { [key] = due.ToString("O", CultureInfo.InvariantCulture) };
}
