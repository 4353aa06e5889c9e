namespace ServiceBot.Application.Notifications.ListMyNotifications;

/// <summary>One notification as the inbox shows it, in China time.</summary>
public sealed record NotificationView(Guid Id, string Kind, string Title, string Body, string? CaseNumber, DateTimeOffset CreatedAt, bool IsRead);
