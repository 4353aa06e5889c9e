using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.DispatchCase;

/// <summary>交办: routes a submitted case to its lead bureau and co-handlers.</summary>
[Authorize(Role.Coordinator, Role.System)]
public sealed record DispatchCaseCommand(string CaseNumber, string LeadBureauCode, IReadOnlyList<string> CoHandlerCodes, bool RequiresAnswerApproval) : ICommand<Result>, ICaseRequest;
