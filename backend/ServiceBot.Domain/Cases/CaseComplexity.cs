namespace ServiceBot.Domain.Cases;

/// <summary>How hard a case is; selects the answer deadline in the SLA policy.</summary>
public enum CaseComplexity
{
    Simple,
    Normal,
    Complex,
}
