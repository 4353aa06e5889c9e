using ServiceBot.Application.Common.Paging;

namespace ServiceBot.Application.Notifications.ListMyNotifications;

/// <summary>A page of the inbox and the number of unread notifications in all of it.</summary>
public sealed record NotificationPage(PagedList<NotificationView> Items, int Unread);
