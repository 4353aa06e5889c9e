namespace ServiceBot.Application.Cockpit.Common;

/// <summary>
/// The sets of events the bureaus' figures count, each of which can be drilled into as a list of cases. The README
/// section "Staff console and leader cockpit" defines them precisely.
/// </summary>
public enum BureauMetric
{
    /// <summary>交办件: sign-for clocks started in the period (one per dispatch).</summary>
    Received,

    /// <summary>签收应考核: sign-for clocks due in the period and decided (signed for, or due passed unsigned).</summary>
    SignForJudged,

    /// <summary>及时签收: of those, signed for by the deadline.</summary>
    SignForOnTime,

    /// <summary>办结应考核: answer clocks due in the period and decided (answered, or due passed unanswered).</summary>
    AnswerJudged,

    /// <summary>按时办结: of those, answered by the (possibly extended) deadline.</summary>
    AnswerOnTime,

    /// <summary>超期: of those, not answered by the deadline.</summary>
    AnswerLate,

    /// <summary>回退: returns approved in the period, counted for the bureau that asked.</summary>
    Returned,

    /// <summary>延期: extensions approved in the period, counted for the bureau that asked.</summary>
    Extended,

    /// <summary>答复: answers delivered to the enterprise in the period.</summary>
    Answered,

    /// <summary>重办: cases reopened in the period (unsatisfied evaluation or the coordinator), counted for the bureau that answered last.</summary>
    Reopened,

    /// <summary>评价: evaluations given in the period, counted for the bureau whose answer was evaluated.</summary>
    Evaluated,

    /// <summary>满意: of those, satisfied or basically satisfied.</summary>
    Satisfied,

    /// <summary>解决: of those, the enterprise said the problem was solved.</summary>
    Solved,
}
