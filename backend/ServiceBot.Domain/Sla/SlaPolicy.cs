using ServiceBot.Domain.Cases;

namespace ServiceBot.Domain.Sla;

/// <summary>
/// The service-level rules of one deployment. No national rule fixes these numbers; the defaults follow common
/// county practice for 企业诉求 handling and are all overridable in configuration (section <c>Sla</c>).
/// </summary>
public sealed class SlaPolicy
{
    /// <summary>Sign for (签收) within 1 working day of dispatch.</summary>
    public int SignForWorkingDays { get; init; } = 1;

    /// <summary>Urgent cases: contact the enterprise within 2 natural hours of dispatch.</summary>
    public int UrgentContactHours { get; init; } = 2;

    /// <summary>A return (退单) may be requested within 1 working day of dispatch.</summary>
    public int ReturnWindowWorkingDays { get; init; } = 1;

    /// <summary>An extension must be requested at least 1 working day before the answer deadline.</summary>
    public int ExtensionNoticeWorkingDays { get; init; } = 1;

    /// <summary>Co-handling bureaus report to the lead within 3 working days.</summary>
    public int CoHandlerReportWorkingDays { get; init; } = 3;

    /// <summary>The enterprise has 3 working days to evaluate an answer; then the case closes as not evaluated.</summary>
    public int EvaluationWorkingDays { get; init; } = 3;

    /// <summary>Whether time waiting for the enterprise to supply information stops the answer clock.</summary>
    public bool PauseWhileAwaitingInformation { get; init; } = true;

    /// <summary>Answer deadlines, most specific rule first wins; see <see cref="AnswerWorkingDaysFor"/>.</summary>
    public IReadOnlyList<SlaAnswerRule> AnswerRules { get; init; } = DefaultAnswerRules;

    /// <summary>Used when no rule matches.</summary>
    public int DefaultAnswerWorkingDays { get; init; } = 7;

    /// <summary>When clocks turn blue (section <c>Escalation</c>).</summary>
    public WarningPolicy Warnings { get; init; } = new();

    /// <summary>The escalation ladder (section <c>Escalation</c>).</summary>
    public EscalationPolicy Escalation { get; init; } = new();

    public static IReadOnlyList<SlaAnswerRule> DefaultAnswerRules { get; } =
    [
        // 惠企政策直通车: simple questions in 1 working day, ordinary ones in 2, complex ones in 3.
        new(CaseType.PolicyConsultation, null, CaseComplexity.Simple, 1),
        new(CaseType.PolicyConsultation, null, CaseComplexity.Normal, 2),
        new(CaseType.PolicyConsultation, null, CaseComplexity.Complex, 3),

        // 难题直通车: ordinary problems in 7 working days; complex or multi-bureau problems in 30.
        new(null, null, CaseComplexity.Complex, 30),
        new(null, null, null, 7),
    ];

    /// <summary>
    /// The answer clock for a case. A case with co-handling bureaus counts as complex. The rule with the most
    /// matching fields wins; among equally specific rules the first listed wins.
    /// </summary>
    public int AnswerWorkingDaysFor(CaseType type, string? category, CaseComplexity complexity, bool hasCoHandlers)
    {
        var effective = hasCoHandlers && type != CaseType.PolicyConsultation ? CaseComplexity.Complex : complexity;
        var best = AnswerRules
            .Where(r => r.Matches(type, category, effective))
            .OrderByDescending(r => r.Specificity)
            .FirstOrDefault();
        return best?.WorkingDays ?? DefaultAnswerWorkingDays;
    }
}
