using System.Security.Cryptography;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Accounts;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.LinkChatUser;

internal sealed class LinkChatUserHandler(IApplicationDbContext db, IAccountStore accounts, ICurrentUser currentUser, TimeProvider time)
    : IRequestHandler<LinkChatUserCommand, Result<ChatUserLink>>
{
    public async Task<Result<ChatUserLink>> Handle(LinkChatUserCommand request, CancellationToken cancellationToken)
    {
        var code = UnifiedSocialCreditCode.Parse(request.CreditCode);
        if (!code.IsSuccess)
        {
            return code.Error!;
        }

        var mobile = MobileNumber.Parse(request.Mobile);
        if (!mobile.IsSuccess)
        {
            return mobile.Error!;
        }

        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == request.ConversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return Error.NotFound("conversation.notFound", "未找到该会话。");
        }

        var enterprise = await db.Enterprises.Include(e => e.Contacts).SingleOrDefaultAsync(e => e.CreditCode == code.Value.Value, cancellationToken).ConfigureAwait(false);
        var enterpriseIsNew = enterprise is null;
        if (enterprise is null)
        {
            var registered = Enterprise.Register(request.CompanyName, code.Value.Value, null, null, time.GetUtcNow());
            if (!registered.IsSuccess)
            {
                return registered.Error!;
            }

            enterprise = registered.Value;
            db.Enterprises.Add(enterprise);
        }

        var contactName = request.ContactName.Trim();
        var actor = await AccountForAsync(enterprise.Id, contactName, cancellationToken).ConfigureAwait(false);
        if (!actor.IsSuccess)
        {
            return actor.Error!;
        }

        // An unverified user is a contact only of an enterprise they registered themselves (and stays one when they
        // change their details): typing an existing enterprise's code must not rename or take over its contacts.
        var userId = actor.Value.Actor.Id;
        if (enterpriseIsNew || !actor.Value.Actor.OwnCasesOnly || enterprise.Contacts.Any(c => c.UserId == userId))
        {
            var contact = enterprise.AddOrUpdateContact(contactName, mobile.Value, actor.Value.Actor.Id);
            if (!contact.IsSuccess)
            {
                return contact.Error!;
            }
        }

        var phone = await accounts.SetPhoneNumberAsync(actor.Value.Actor.Id, mobile.Value, confirmed: false, cancellationToken).ConfigureAwait(false);
        if (!phone.IsSuccess)
        {
            return phone.Error!;
        }

        conversation.LinkTo(actor.Value.Actor.Id);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new ChatUserLink(actor.Value.Actor, enterprise.Name, enterprise.CreditCode, enterpriseIsNew, actor.Value.IsNew);
    }

    /// <summary>The linked account when it is one of this enterprise's (renamed if the user corrected their name), else a new own-cases-only account.</summary>
    private async Task<Result<(Actor Actor, bool IsNew)>> AccountForAsync(Guid enterpriseId, string contactName, CancellationToken cancellationToken)
    {
        if (currentUser.Actor is { Role: Role.EnterpriseUser } linked && linked.EnterpriseId == enterpriseId)
        {
            if (!string.Equals(linked.Name, contactName, StringComparison.Ordinal) && linked.OwnCasesOnly)
            {
                var renamed = await accounts.SetDisplayNameAsync(linked.Id, contactName, cancellationToken).ConfigureAwait(false);
                if (!renamed.IsSuccess)
                {
                    return renamed.Error!;
                }

                linked = linked with { Name = contactName };
            }

            return (linked, false);
        }

        var userName = "chat-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var created = await accounts.CreateAsync(
            new NewAccount(userName, contactName, Role.EnterpriseUser, Password: null, BureauCode: null, enterpriseId, LeaderCode: null, OwnCasesOnly: true),
            cancellationToken).ConfigureAwait(false);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var account = created.Value;
        return (new Actor(account.Id, account.DisplayName, Role.EnterpriseUser, EnterpriseId: enterpriseId) { OwnCasesOnly = true }, true);
    }
}
