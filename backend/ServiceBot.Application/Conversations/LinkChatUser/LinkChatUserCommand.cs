using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.LinkChatUser;

/// <summary>
/// Makes the chat user of a conversation an enterprise user: registers the enterprise when its 统一社会信用代码 is
/// new, creates an account for the user (or keeps the one the conversation is linked to when it already belongs to
/// that enterprise), records them as a contact of the enterprise and links the conversation to the account.
/// </summary>
/// <remarks>
/// <para>
/// Nobody has verified that the user speaks for the enterprise: anyone can type a company's name and code. So an
/// account this command creates is <see cref="Actor.OwnCasesOnly"/>: it sees only the cases it reports itself, never
/// the enterprise's other cases, and the enterprise's notifications about other cases do not reach it. An account that
/// already had full sight (created by an administrator, or verified) keeps it.
/// </para>
/// <para>
/// Anonymous because the user has no account yet. Sent in-process by the dialogs for the conversation whose turn is
/// running; never map it to an HTTP endpoint.
/// </para>
/// </remarks>
[AllowAnonymous]
public sealed record LinkChatUserCommand(string ConversationId, string CompanyName, string CreditCode, string ContactName, string Mobile)
    : ICommand<Result<ChatUserLink>>;

/// <summary>The account the chat user now is (run the rest of the turn as <see cref="Actor"/>) and their enterprise.</summary>
public sealed record ChatUserLink(Actor Actor, string EnterpriseName, string CreditCode, bool EnterpriseIsNew, bool AccountIsNew);
