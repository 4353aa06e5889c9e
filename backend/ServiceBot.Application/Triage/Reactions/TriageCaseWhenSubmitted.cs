using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cases.DispatchCase;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Triage.Reactions;

/// <summary>
/// Triages every new case and records the proposal on it for the coordinator. A confident proposal is dispatched
/// at once by the system; anything else stays in the coordinator's queue.
/// </summary>
/// <remarks>
/// Runs in the outbox dispatcher's transaction, as <see cref="Domain.Users.Actor.System"/>. Only a case still
/// waiting to be dispatched is dispatched: one the coordinator (or a scripted demo case) has dispatched in the
/// meantime keeps its routing and only gets the proposal recorded. A concurrent dispatch makes the save fail and
/// the outbox retry, which then finds the case dispatched.
/// </remarks>
internal sealed partial class TriageCaseWhenSubmitted(
    IApplicationDbContext db, TriageEngine engine, IMediator mediator, IOptionsMonitor<TriageOptions> options, ILogger<TriageCaseWhenSubmitted> logger)
    : INotificationHandler<DomainEventNotification<CaseSubmitted>>
{
    public async Task Handle(DomainEventNotification<CaseSubmitted> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        var c = await db.Cases.ForActionAsync(e.CaseNumber, cancellationToken).ConfigureAwait(false);
        if (c is null)
        {
            return;
        }

        var result = await engine.TriageAsync(c.Description, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return;
        }

        c.RecordTriage(result.Lead.Code, result.Confidence, result.Explanation, result.Category);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var settings = options.CurrentValue;
        if (!settings.AutoDispatch || c.State != CaseState.Submitted || result.Confidence < settings.AutoDispatchThreshold)
        {
            LogQueued(logger, c.Number, result.Lead.Code, result.Confidence);
            return;
        }

        var coHandlers = settings.AutoDispatchCoHandlers ? result.CoHandlers.Select(h => h.Code).ToList() : [];
        var dispatched = await mediator.Send(new DispatchCaseCommand(c.Number, result.Lead.Code, coHandlers, RequiresAnswerApproval: false), cancellationToken)
            .ConfigureAwait(false);
        if (dispatched.IsSuccess)
        {
            LogDispatched(logger, c.Number, result.Lead.Code, result.Confidence);
        }
        else
        {
            LogNotDispatched(logger, c.Number, result.Lead.Code, dispatched.Error!.Code);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Case {Number} dispatched automatically to {Bureau} (confidence {Confidence:F2})")]
    private static partial void LogDispatched(ILogger logger, string number, string bureau, double confidence);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Case {Number} left for the coordinator; triage proposes {Bureau} (confidence {Confidence:F2})")]
    private static partial void LogQueued(ILogger logger, string number, string bureau, double confidence);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Case {Number} could not be dispatched automatically to {Bureau}: {Code}; it stays with the coordinator")]
    private static partial void LogNotDispatched(ILogger logger, string number, string bureau, string code);
}
