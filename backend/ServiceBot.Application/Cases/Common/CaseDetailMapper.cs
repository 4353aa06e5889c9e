using ServiceBot.Domain.Calendar;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Domain.Sla;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.Common;

/// <summary>Turns a loaded case into what the API and console show: names instead of codes, times in China time.</summary>
public static class CaseDetailMapper
{
    public static CaseDetail ToDetail(
        Case c,
        Enterprise enterprise,
        IReadOnlyDictionary<string, string> bureauNames,
        IReadOnlyList<CaseTrigger> permitted,
        DeadlineCalculator deadlines,
        DateTimeOffset now,
        SlaPolicy? sla = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(enterprise);
        ArgumentNullException.ThrowIfNull(deadlines);
        DateTimeOffset Local(DateTimeOffset at) => deadlines.ToLocal(at);
        DateTimeOffset? LocalOrNull(DateTimeOffset? at) => at is { } value ? deadlines.ToLocal(value) : null;
        BureauRef Ref(string code) => new(code, bureauNames.TryGetValue(code, out var name) ? name : code);

        return new CaseDetail(
            c.Number,
            c.Title,
            c.Description,
            c.Type,
            c.Type.ToChinese(),
            c.Category,
            c.Channel,
            c.Urgency,
            c.UrgencyReason,
            c.Complexity,
            c.State,
            c.State.ToChinese(),
            c.EscalationLevel,
            c.EscalatedToLeaderCode,
            new EnterpriseSummary(enterprise.Id, enterprise.Name, enterprise.CreditCode, enterprise.Town, enterprise.Industry),
            c.ContactName,
            c.ContactMobile,
            c.LeadBureauCode is { } lead ? Ref(lead) : null,
            c.CoHandlers.Select(h => new CoHandlerView(Ref(h.BureauCode), h.Input, LocalOrNull(h.InputAt))).ToList(),
            new TriageView(c.SuggestedBureauCode, c.TriageConfidence, c.TriageExplanation),
            c.Answer,
            c.PendingAnswer,
            c.PendingInformationRequest,
            c.RequestedExtensionDate,
            c.CloseReason,
            c.MergedIntoNumber,
            Local(c.SubmittedAt),
            LocalOrNull(c.DispatchedAt),
            LocalOrNull(c.SignedForAt),
            LocalOrNull(c.AnsweredAt),
            LocalOrNull(c.ClosedAt),
            c.Clocks.OrderBy(k => k.StartedAt).Select(k => ToView(k, deadlines, now, sla)).ToList(),
            c.Timeline.OrderBy(t => t.Sequence).Select(t => new TimelineItem(
                t.Sequence, t.Action, ActionLabel(t), t.FromState, t.ToState, t.ActorName, t.ActorRole.ToChinese(), t.ActorBureauCode, Local(t.At), t.Note, t.Data)).ToList(),
            c.Attachments.Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, Local(a.UploadedAt))).ToList(),
            c.Evaluations.OrderBy(e => e.At).Select(e => new EvaluationView(e.Rating, e.Rating.ToChinese(), e.Solved, e.Comment, Local(e.At))).ToList(),
            permitted.Select(t => new PermittedAction(CaseActionNames.ToName(t), t.ToChinese())).ToList(),
            c.Version);
    }

    /// <summary>A clock as shown; <paramref name="sla"/> decides its light (the default policy when null).</summary>
    public static ClockView ToView(CaseClock k, DeadlineCalculator deadlines, DateTimeOffset now, SlaPolicy? sla = null)
    {
        ArgumentNullException.ThrowIfNull(k);
        ArgumentNullException.ThrowIfNull(deadlines);
        var light = k.Status == ClockStatus.Running ? ClockMilestones.For(k, sla ?? new SlaPolicy(), deadlines).LightAt(now) : TrafficLight.None;
        return new ClockView(
            k.Kind,
            k.Kind.ToChinese(),
            k.BureauCode,
            k.Status,
            deadlines.ToLocal(k.StartedAt),
            deadlines.ToLocal(k.DueAt),
            k.DueDate,
            k.Provisional,
            k.IsWorkingDays,
            k.Amount,
            k.CompletedAt is { } done ? deadlines.ToLocal(done) : null,
            k.MetDeadline,
            k.Status == ClockStatus.Running && now >= k.DueAt,
            light,
            light.ToChinese(),
            RemainingWorkingDays(k, deadlines, now));
    }

    private static int? RemainingWorkingDays(CaseClock k, DeadlineCalculator deadlines, DateTimeOffset now)
    {
        if (!k.IsActive || !k.IsWorkingDays)
        {
            return null;
        }

        var today = deadlines.LocalDate(now);
        return today <= k.DueDate
            ? deadlines.Calendar.CountWorkingDays(today, k.DueDate)
            : -deadlines.Calendar.CountWorkingDays(k.DueDate, today);
    }

    /// <summary>What a timeline entry says happened; an unsatisfied evaluation reads as the reopening it causes.</summary>
    public static string ActionLabel(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Action switch
        {
            "Submit" => "受理",
            "AttachFile" => "上传附件",
            Case.DeadlineRecountAction => "时限重算",
            Case.DeadlineWarningAction when entry.Data.TryGetValue("light", out var light) && Enum.TryParse<TrafficLight>(light, out var l) =>
                $"时限预警（{l.ToChinese()}）",
            nameof(CaseTrigger.Evaluate) when entry.Data.TryGetValue("rating", out var rating) && Enum.TryParse<EvaluationRating>(rating, out var r) =>
                r == EvaluationRating.Unsatisfied ? "评价：不满意，转重办" : $"评价：{r.ToChinese()}，办结",
            _ => Enum.TryParse<CaseTrigger>(entry.Action, out var trigger) ? trigger.ToChinese() : entry.Action,
        };
    }
}
