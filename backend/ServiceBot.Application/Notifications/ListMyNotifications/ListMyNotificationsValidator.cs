using FluentValidation;
using ServiceBot.Application.Common.Paging;

namespace ServiceBot.Application.Notifications.ListMyNotifications;

internal sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotificationsQuery>
{
    public ListMyNotificationsValidator()
    {
        Include(new PagedRequestValidator());
    }
}
