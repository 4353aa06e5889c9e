using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Notifications.ListMyNotifications;
using ServiceBot.Application.Notifications.MarkNotificationRead;
using ServiceBot.Bot.Console.Shared;

namespace ServiceBot.Bot.Console.Notifications;

/// <summary>The in-app inbox: the user's notifications, unread first to hand, each linking to its case.</summary>
public sealed class IndexModel(IMediator mediator) : ConsolePage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public bool Unread { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public NotificationPage? Inbox { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ListMyNotificationsQuery(Unread, Q, PageNumber), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Inbox = result.Value;
        return Page();
    }

    /// <summary>Opens a notification: marks it read and goes to its case (or back to the inbox).</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, string? caseNumber, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new MarkNotificationReadCommand(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        return Redirect(string.IsNullOrEmpty(caseNumber) ? "/console/notifications" : $"/console/cases/{Uri.EscapeDataString(caseNumber)}");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new MarkNotificationReadCommand(null), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Flash = "已全部标为已读。";
        return Redirect("/console/notifications");
    }
}
