namespace ServiceBot.Application.Cases.SearchCases;

/// <summary>Which stage of their life the listed cases are in.</summary>
public enum CaseListFilter
{
    /// <summary>Not closed, withdrawn or merged.</summary>
    Open,

    /// <summary>Closed, withdrawn or merged.</summary>
    Finished,

    /// <summary>Waiting for the coordinator's ruling on a return or an extension.</summary>
    AwaitingRuling,

    All,
}
