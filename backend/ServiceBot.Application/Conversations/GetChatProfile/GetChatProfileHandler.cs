using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Accounts;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.GetChatProfile;

internal sealed class GetChatProfileHandler(IApplicationDbContext db, IAccountStore accounts, ICurrentUser currentUser) : IRequestHandler<GetChatProfileQuery, Result<ChatProfile>>
{
    public async Task<Result<ChatProfile>> Handle(GetChatProfileQuery request, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor!;
        var enterprise = await db.Enterprises.AsNoTracking().Include(e => e.Contacts)
            .SingleOrDefaultAsync(e => e.Id == actor.EnterpriseId, cancellationToken)
            .ConfigureAwait(false);
        if (enterprise is null)
        {
            return Error.NotFound("enterprise.missing", "您的账号尚未关联企业，请先完善企业信息。");
        }

        var contact = enterprise.Contacts.FirstOrDefault(c => c.UserId == actor.Id);
        var mobile = contact?.Mobile ?? await accounts.PhoneNumberAsync(actor.Id, cancellationToken).ConfigureAwait(false);
        return new ChatProfile(enterprise.Name, enterprise.CreditCode, contact?.Name ?? actor.Name, mobile, actor.OwnCasesOnly);
    }
}
