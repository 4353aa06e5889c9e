namespace ServiceBot.Application.Cases.SearchCases;

public enum CaseListOrder
{
    /// <summary>Most pressing first: the nearest deadline of a running or paused clock (overdue ones first), urgent cases before others.</summary>
    Deadline,

    /// <summary>The latest submitted first.</summary>
    Newest,
}
