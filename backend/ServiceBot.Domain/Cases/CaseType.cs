namespace ServiceBot.Domain.Cases;

public enum CaseType
{
    /// <summary>难题/诉求: a problem the enterprise needs solved (难题直通车).</summary>
    Problem,

    /// <summary>政策咨询 (惠企政策直通车).</summary>
    PolicyConsultation,

    /// <summary>意见建议.</summary>
    Suggestion,

    /// <summary>投诉.</summary>
    Complaint,
}
