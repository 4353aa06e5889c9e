namespace ServiceBot.Infrastructure.Notifications;

/// <summary>The payload of a webhook delivery.</summary>
internal sealed record WebhookMessage(string Audience, string Title, string Body, string? CaseNumber);
