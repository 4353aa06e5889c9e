using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.RedispatchCase;

/// <summary>改派: moves an open case to another lead bureau.</summary>
[Authorize(Role.Coordinator)]
public sealed record RedispatchCaseCommand(string CaseNumber, string LeadBureauCode, IReadOnlyList<string> CoHandlerCodes, bool RequiresAnswerApproval, string Reason) : ICommand<Result>, ICaseRequest;
