using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.GetChatProfile;

/// <summary>
/// Who the signed-in (or chat-linked) enterprise user is to the service line: their enterprise and the contact details
/// new cases are filed with, so the chat reuses them instead of asking again.
/// </summary>
[Authorize(Role.EnterpriseUser)]
public sealed record GetChatProfileQuery : IQuery<Result<ChatProfile>>;

/// <param name="ContactMobile">The mobile of the enterprise contact that is this account, else the one on the account; null when none is recorded yet.</param>
/// <param name="OwnCasesOnly">See <see cref="Actor.OwnCasesOnly"/>.</param>
public sealed record ChatProfile(string EnterpriseName, string CreditCode, string ContactName, string? ContactMobile, bool OwnCasesOnly);
