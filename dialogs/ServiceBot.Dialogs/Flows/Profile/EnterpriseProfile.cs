namespace ServiceBot.Dialogs.Flows.Profile;

/// <summary>What the profile dialog returns: the enterprise the chat user now speaks for, and the contact for new cases.</summary>
internal sealed record EnterpriseProfile(string EnterpriseName, string CreditCode, string ContactName, string Mobile);
