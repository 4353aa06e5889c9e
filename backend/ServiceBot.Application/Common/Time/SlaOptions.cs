using System.ComponentModel.DataAnnotations;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Application.Common.Time;

/// <summary>
/// Configuration section <c>Sla</c>. No national rule fixes these numbers; the defaults (see <see cref="SlaPolicy"/>)
/// follow common county practice and every deployment may change them.
/// </summary>
public sealed class SlaOptions
{
    public const string SectionName = "Sla";

    [Range(1, 30)]
    public int SignForWorkingDays { get; set; } = 1;

    [Range(1, 72)]
    public int UrgentContactHours { get; set; } = 2;

    [Range(1, 30)]
    public int ReturnWindowWorkingDays { get; set; } = 1;

    [Range(0, 30)]
    public int ExtensionNoticeWorkingDays { get; set; } = 1;

    [Range(1, 60)]
    public int CoHandlerReportWorkingDays { get; set; } = 3;

    [Range(1, 60)]
    public int EvaluationWorkingDays { get; set; } = 3;

    public bool PauseWhileAwaitingInformation { get; set; } = true;

    [Range(1, 365)]
    public int DefaultAnswerWorkingDays { get; set; } = 7;

    /// <summary>Answer deadlines per case type, category and complexity; empty means the built-in defaults.</summary>
    public IList<SlaAnswerRuleOptions> AnswerRules { get; } = [];

    /// <summary>The deployment's policy; <paramref name="escalation"/> adds its traffic lights and ladder (defaults when null).</summary>
    public SlaPolicy ToPolicy(EscalationOptions? escalation = null) => new()
    {
        Warnings = escalation?.ToWarningPolicy() ?? new WarningPolicy(),
        Escalation = escalation?.ToEscalationPolicy() ?? new EscalationPolicy(),
        SignForWorkingDays = SignForWorkingDays,
        UrgentContactHours = UrgentContactHours,
        ReturnWindowWorkingDays = ReturnWindowWorkingDays,
        ExtensionNoticeWorkingDays = ExtensionNoticeWorkingDays,
        CoHandlerReportWorkingDays = CoHandlerReportWorkingDays,
        EvaluationWorkingDays = EvaluationWorkingDays,
        PauseWhileAwaitingInformation = PauseWhileAwaitingInformation,
        DefaultAnswerWorkingDays = DefaultAnswerWorkingDays,
        AnswerRules = AnswerRules.Count == 0
            ? SlaPolicy.DefaultAnswerRules
            : AnswerRules.Select(r => new SlaAnswerRule(r.Type, r.Category, r.Complexity, r.WorkingDays)).ToList(),
    };
}

public sealed class SlaAnswerRuleOptions
{
    public CaseType? Type { get; set; }

    public string? Category { get; set; }

    public CaseComplexity? Complexity { get; set; }

    [Range(1, 365)]
    public int WorkingDays { get; set; }
}
