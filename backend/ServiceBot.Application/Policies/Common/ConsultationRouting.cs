namespace ServiceBot.Application.Policies.Common;

/// <summary>How the bureau of a consultation offer was chosen.</summary>
public enum ConsultationRouting
{
    /// <summary>The article nearest the question names it as responsible (责任单位).</summary>
    ResponsibleUnit,

    /// <summary>The question router (triage) suggested it.</summary>
    Triage,

    /// <summary>Nobody could tell: the coordinator's office (三服务办) dispatches the case.</summary>
    Coordinator,
}
