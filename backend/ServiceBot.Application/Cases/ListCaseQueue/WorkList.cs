namespace ServiceBot.Application.Cases.ListCaseQueue;

/// <summary>The work queues of the coordinator office and the county leaders.</summary>
public enum WorkList
{
    /// <summary>待交办: new cases waiting to be dispatched (the coordinator office).</summary>
    Triage,

    /// <summary>待裁定: returns and extensions waiting for a ruling (the coordinator office).</summary>
    Rulings,

    /// <summary>提级: open cases raised to a county leader, waiting for instructions (leaders and the coordinator office).</summary>
    Escalated,
}
