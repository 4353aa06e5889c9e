using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.CreateCase;

internal sealed class CreateCaseHandler(IApplicationDbContext db, ICaseNumberSequence numbers, LifecycleContextFactory contexts)
    : IRequestHandler<CreateCaseCommand, Result<CreatedCase>>
{
    public async Task<Result<CreatedCase>> Handle(CreateCaseCommand request, CancellationToken cancellationToken)
    {
        var context = contexts.Create();

        // The number comes first: taking it locks the year's counter until commit, which serializes intake, so an
        // enterprise seen for the first time by two concurrent reports is registered by the first and found by the
        // second. A refused request rolls back and gives its number back.
        var year = context.Deadlines.LocalDate(context.Now).Year;
        var number = CaseNumber.Format(year, await numbers.NextAsync(year, cancellationToken).ConfigureAwait(false));
        var enterprise = await ResolveEnterpriseAsync(request, context, cancellationToken).ConfigureAwait(false);
        if (!enterprise.IsSuccess)
        {
            return enterprise.Error!;
        }
        var submission = new CaseSubmission(
            enterprise.Value.Id,
            request.Type,
            request.Category,
            request.Description,
            request.Urgency,
            request.UrgencyReason,
            request.Complexity,
            request.ContactName,
            request.ContactMobile,
            request.Channel ?? "api",
            request.ConversationId);
        var created = Case.Submit(submission, number, context);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        db.Cases.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CreatedCase(created.Value.Number, created.Value.Id);
    }

    private async Task<Result<Enterprise>> ResolveEnterpriseAsync(CreateCaseCommand request, LifecycleContext context, CancellationToken cancellationToken)
    {
        if (context.Actor.Role == Role.EnterpriseUser)
        {
            var own = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == context.Actor.EnterpriseId, cancellationToken).ConfigureAwait(false);
            return own is null ? Error.Validation("enterprise.missing", "您的账号尚未关联企业，请先完善企业信息。") : own;
        }

        var code = UnifiedSocialCreditCode.Parse(request.EnterpriseCreditCode);
        if (!code.IsSuccess)
        {
            return code.Error!;
        }

        var existing = await db.Enterprises.SingleOrDefaultAsync(e => e.CreditCode == code.Value.Value, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var registered = Enterprise.Register(request.EnterpriseName, code.Value.Value, request.EnterpriseTown, request.EnterpriseIndustry, context.Now);
        if (registered.IsSuccess)
        {
            db.Enterprises.Add(registered.Value);
        }

        return registered;
    }
}
