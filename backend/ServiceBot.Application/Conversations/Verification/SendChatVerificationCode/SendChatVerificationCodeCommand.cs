using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.Verification.SendChatVerificationCode;

/// <summary>Sends a verification code to the mobile the calling account gave; answers the number masked (138****0000).</summary>
[Authorize(Role.EnterpriseUser)]
public sealed record SendChatVerificationCodeCommand : ICommand<Result<string>>;
