using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Time;
using ServiceBot.Application.Policies.AnswerPolicyQuestion;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Application.Triage;
using ServiceBot.Application.Triage.TriageProblem;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.DispatchReportedCase;

internal sealed class DispatchReportedCaseHandler(
    IApplicationDbContext db, IMediator mediator, ICurrentUser currentUser, LifecycleContextFactory contexts, IOptionsMonitor<TriageOptions> options)
    : IRequestHandler<DispatchReportedCaseCommand, Result<bool>>
{
    public async Task<Result<bool>> Handle(DispatchReportedCaseCommand request, CancellationToken cancellationToken)
    {
        var c = await db.Cases.ForActionAsync(request.CaseNumber, cancellationToken).ConfigureAwait(false);
        if (c is null)
        {
            return CaseErrors.NotFound(request.CaseNumber);
        }

        var reporter = await db.Cases.Where(x => x.Id == c.Id).SelectMany(x => x.Timeline).Where(t => t.Sequence == 1).Select(t => t.ActorId)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(reporter, currentUser.Actor?.Id, StringComparison.Ordinal))
        {
            return Error.Forbidden("case.notReporter", "只有诉求的提交人可以这样做。");
        }

        if (c.State != CaseState.Submitted || !options.CurrentValue.AutoDispatch
            || !await RoutesConfidentlyToAsync(c, request.BureauCode, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var plan = new DispatchPlan(request.BureauCode, [], RequiresAnswerApproval: false, ConfirmedByReporter: true);
        var valid = await db.ValidatePlanAsync(plan, cancellationToken).ConfigureAwait(false);
        if (!valid.IsSuccess)
        {
            return false;
        }

        var dispatched = c.Dispatch(plan, contexts.Create(Actor.System));
        if (!dispatched.IsSuccess)
        {
            return dispatched.Error!;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> RoutesConfidentlyToAsync(Case c, string bureauCode, CancellationToken cancellationToken)
    {
        if (c.Type == CaseType.PolicyConsultation)
        {
            var answer = await mediator.Send(new AnswerPolicyQuestionQuery(c.Description), cancellationToken).ConfigureAwait(false);
            return answer.IsSuccess && answer.Value.Consultation is { Routing: not ConsultationRouting.Coordinator } offer
                && string.Equals(offer.BureauCode, bureauCode, StringComparison.Ordinal);
        }

        var triage = await mediator.Send(new TriageProblemQuery(c.Description), cancellationToken).ConfigureAwait(false);
        if (!triage.IsSuccess || !string.Equals(triage.Value.Bureau.Code, bureauCode, StringComparison.Ordinal)
            || triage.Value.Confidence < options.CurrentValue.AutoDispatchThreshold)
        {
            return false;
        }

        c.RecordTriage(triage.Value.Bureau.Code, triage.Value.Confidence, triage.Value.Explanation, triage.Value.Category);
        return true;
    }
}
