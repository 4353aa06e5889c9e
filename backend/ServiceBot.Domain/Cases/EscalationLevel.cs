namespace ServiceBot.Domain.Cases;

/// <summary>The escalation ladder. Levels only go up while a case is open.</summary>
public enum EscalationLevel
{
    None = 0,

    /// <summary>催办: a reminder to the handler and the bureau head.</summary>
    Urged = 1,

    /// <summary>督办: supervision by the coordinator office.</summary>
    Supervised = 2,

    /// <summary>提级: raised to the county leader in charge, who can give instructions (批示).</summary>
    Elevated = 3,
}
