namespace ServiceBot.Dialogs.Flows.Profile;

/// <summary>
/// The enterprise profile being collected. A flow that starts the profile passes what the user's first message
/// already said (company, code, name, mobile), so only the rest is asked.
/// </summary>
internal sealed class ProfileState
{
    public string? Company { get; set; }

    public string? CreditCode { get; set; }

    /// <summary>A code the user typed whose check character is wrong: the question for the code says so.</summary>
    public string? InvalidCreditCode { get; set; }

    public string? ContactName { get; set; }

    public string? Mobile { get; set; }

    /// <summary>The user asked to change their profile (修改企业信息): ask which item, even though all are known.</summary>
    public bool Edit { get; set; }

    /// <summary>Whether anything was asked: then the linked profile is read back to the user.</summary>
    public bool Asked { get; set; }

    /// <summary>The enterprise as linked (its registered name, which may differ from what the user typed).</summary>
    public EnterpriseProfile? Linked { get; set; }

    /// <summary>Wrong verification codes typed so far.</summary>
    public int WrongCodes { get; set; }
}
