using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Notifications.ListMyNotifications;

/// <summary>The caller's own in-app notifications, newest first, with how many are unread.</summary>
[Authorize]
public sealed record ListMyNotificationsQuery(bool UnreadOnly = false, string? Text = null, int? Page = null, int? PageSize = null)
    : IQuery<Result<NotificationPage>>, IPagedRequest;
