namespace ServiceBot.Application.Policies.Common;

/// <summary>A bureau suggested to answer a question, and the reason in Chinese (shown to coordinators).</summary>
public sealed record BureauSuggestion(string BureauCode, string Reason);
