namespace ServiceBot.Bot.Api.Triage;

/// <summary>The body of <c>POST /api/triage</c>: a problem description in the enterprise's words.</summary>
public sealed record TriageRequest(string? Text);
