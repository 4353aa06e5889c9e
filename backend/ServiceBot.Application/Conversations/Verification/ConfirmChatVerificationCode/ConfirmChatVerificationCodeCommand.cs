using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.Verification.ConfirmChatVerificationCode;

/// <summary>
/// Checks the code the user typed. A right code confirms the account's mobile; the account then sees all of its
/// enterprise's cases only if that mobile was already on record for the enterprise (a contact recorded by staff or
/// by the account that registered the enterprise), because proving you hold a phone says nothing about the company
/// unless the company gave that phone. A wrong or expired code is an outcome, not a failure, so the count of wrong
/// tries is committed.
/// </summary>
[Authorize(Role.EnterpriseUser)]
public sealed record ConfirmChatVerificationCodeCommand(string Code) : ICommand<Result<ChatVerificationOutcome>>;

/// <param name="Actor">The account as it now is (run the rest of the turn as it).</param>
/// <param name="Problem">Why the code was not accepted, in Chinese; null when it was.</param>
public sealed record ChatVerificationOutcome(bool Confirmed, Actor Actor, string? Problem);
