using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Notifications.CountUnreadNotifications;

/// <summary>How many of the caller's notifications are unread; cheap (an index on recipient and read time), so the console can poll it.</summary>
[Authorize]
public sealed record CountUnreadNotificationsQuery : IQuery<Result<int>>;
