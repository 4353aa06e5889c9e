using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Notifications.MarkNotificationRead;

/// <summary>
/// Marks one of the caller's notifications read, or all of them when <see cref="NotificationId"/> is null. Answers
/// the number of unread notifications left. Another user's notification answers "not found".
/// </summary>
[Authorize]
public sealed record MarkNotificationReadCommand(Guid? NotificationId) : ICommand<Result<int>>;
