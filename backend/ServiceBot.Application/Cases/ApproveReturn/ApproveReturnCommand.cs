using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.ApproveReturn;

/// <summary>Approves a return and redispatches the case.</summary>
[Authorize(Role.Coordinator)]
public sealed record ApproveReturnCommand(string CaseNumber, string LeadBureauCode, IReadOnlyList<string> CoHandlerCodes, bool RequiresAnswerApproval) : ICommand<Result>, ICaseRequest;
