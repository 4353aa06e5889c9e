using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Deadlines;

/// <summary>
/// A case the enterprise found unsatisfying again, or that was returned again, may have reached the counts that
/// raise it to the leader in charge (see <c>EscalationPolicy</c>): the deadline check decides, right away rather
/// than at the case's next clock milestone.
/// </summary>
/// <remarks>
/// Runs in the outbox's transaction, exactly once per event. A concurrent change to the case makes the save
/// conflict; the exception makes the outbox retry the event later, against the new data.
/// </remarks>
internal sealed class EscalateWhenCaseKeepsComingBack(DeadlineMonitor monitor)
    : INotificationHandler<DomainEventNotification<CaseEvaluated>>, INotificationHandler<DomainEventNotification<CaseReturnRuled>>
{
    public Task Handle(DomainEventNotification<CaseEvaluated> notification, CancellationToken cancellationToken) =>
        notification.Event.Rating == EvaluationRating.Unsatisfied ? CheckAsync(notification.Event.CaseId, cancellationToken) : Task.CompletedTask;

    public Task Handle(DomainEventNotification<CaseReturnRuled> notification, CancellationToken cancellationToken) =>
        notification.Event.Approved ? CheckAsync(notification.Event.CaseId, cancellationToken) : Task.CompletedTask;

    private async Task CheckAsync(Guid caseId, CancellationToken cancellationToken) =>
        await monitor.CheckAsync([caseId], cancellationToken).ConfigureAwait(false);
}
