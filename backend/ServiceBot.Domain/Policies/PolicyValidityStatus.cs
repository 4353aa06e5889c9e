namespace ServiceBot.Domain.Policies;

public enum PolicyValidityStatus
{
    /// <summary>In force today, or the document states no period and is presumed in force.</summary>
    InForce,

    /// <summary>Its period of validity ended before today (有效期至… has passed).</summary>
    Expired,

    /// <summary>It takes effect after today (自…起施行).</summary>
    NotYetEffective,
}
