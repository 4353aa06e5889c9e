using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.ApproveAnswer;

/// <summary>The bureau head approves and sends the pending answer.</summary>
[Authorize(Role.BureauHead)]
public sealed record ApproveAnswerCommand(string CaseNumber) : ICommand<Result>, ICaseRequest;
