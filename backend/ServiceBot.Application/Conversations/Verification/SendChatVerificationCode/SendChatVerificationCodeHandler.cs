using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Accounts;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Verification.SendChatVerificationCode;

internal sealed class SendChatVerificationCodeHandler(
    IApplicationDbContext db, IAccountStore accounts, ICurrentUser currentUser, IEnumerable<IVerificationCodeSender> senders, TimeProvider time)
    : IRequestHandler<SendChatVerificationCodeCommand, Result<string>>
{
    public async Task<Result<string>> Handle(SendChatVerificationCodeCommand request, CancellationToken cancellationToken)
    {
        var sender = senders.LastOrDefault();
        if (sender is null)
        {
            return Error.Conflict("verification.unavailable", "短信验证暂未开通。");
        }

        var userId = currentUser.Actor!.Id;
        var mobile = await accounts.PhoneNumberAsync(userId, cancellationToken).ConfigureAwait(false);
        if (mobile is null)
        {
            return Error.Validation("verification.noMobile", "请先登记手机号码。");
        }

        var now = time.GetUtcNow();
        var existing = await db.ChatVerifications.SingleOrDefaultAsync(v => v.UserId == userId, cancellationToken).ConfigureAwait(false);
        string code;
        if (existing is null)
        {
            (var issued, code) = ChatVerification.Issue(userId, mobile, now);
            db.ChatVerifications.Add(issued);
        }
        else
        {
            code = existing.Reissue(mobile, now);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await sender.SendAsync(mobile, code, cancellationToken).ConfigureAwait(false);
        return $"{mobile[..3]}****{mobile[^4..]}";
    }
}
