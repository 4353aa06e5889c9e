namespace ServiceBot.Domain.Cases;

public enum CaseUrgency
{
    Normal,

    /// <summary>紧急: needs a reason; the bureau must contact the enterprise within hours.</summary>
    Urgent,
}
