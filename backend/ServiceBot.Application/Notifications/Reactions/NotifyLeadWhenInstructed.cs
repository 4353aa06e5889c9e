using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyLeadWhenInstructed(InboxWriter inbox, CaseNotificationTexts texts)
    : INotificationHandler<DomainEventNotification<CaseInstructed>>
{
    public async Task Handle(DomainEventNotification<CaseInstructed> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        var due = e.AnswerDue is { } d ? $"（新时限：{texts.When(d)}）" : string.Empty;
        await inbox.ToLeadBureauAsync(e, $"县领导批示 {e.CaseNumber}", e.Instruction + due, cancellationToken).ConfigureAwait(false);
        await inbox.ToCoordinatorsAsync(e, $"县领导批示 {e.CaseNumber}", e.Instruction + due, cancellationToken).ConfigureAwait(false);
    }
}
