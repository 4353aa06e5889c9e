using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Accounts;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Verification.ConfirmChatVerificationCode;

internal sealed class ConfirmChatVerificationCodeHandler(IApplicationDbContext db, IAccountStore accounts, ICurrentUser currentUser, TimeProvider time)
    : IRequestHandler<ConfirmChatVerificationCodeCommand, Result<ChatVerificationOutcome>>
{
    public async Task<Result<ChatVerificationOutcome>> Handle(ConfirmChatVerificationCodeCommand request, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor!;
        var verification = await db.ChatVerifications.SingleOrDefaultAsync(v => v.UserId == actor.Id, cancellationToken).ConfigureAwait(false);
        if (verification is null || !verification.IsUsable(time.GetUtcNow()))
        {
            return new ChatVerificationOutcome(false, actor, "验证码已失效，请重新获取。");
        }

        if (!verification.Matches(request.Code))
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new ChatVerificationOutcome(false, actor, "验证码不正确。");
        }

        db.ChatVerifications.Remove(verification);
        var confirmed = await accounts.SetPhoneNumberAsync(actor.Id, verification.Mobile, confirmed: true, cancellationToken).ConfigureAwait(false);
        if (!confirmed.IsSuccess)
        {
            return confirmed.Error!;
        }

        var enterprise = await db.Enterprises.Include(e => e.Contacts).SingleAsync(e => e.Id == actor.EnterpriseId, cancellationToken).ConfigureAwait(false);
        var onRecord = enterprise.Contacts.Any(c => c.Mobile == verification.Mobile && (c.UserId is null || c.UserId == actor.Id));
        if (onRecord && actor.OwnCasesOnly)
        {
            enterprise.AddOrUpdateContact(actor.Name, verification.Mobile, actor.Id);
            var lifted = await accounts.SetOwnCasesOnlyAsync(actor.Id, ownCasesOnly: false, cancellationToken).ConfigureAwait(false);
            if (!lifted.IsSuccess)
            {
                return lifted.Error!;
            }

            actor = actor with { OwnCasesOnly = false };
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new ChatVerificationOutcome(true, actor, null);
    }
}
