using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.WithdrawCase;

/// <summary>撤回 by the enterprise.</summary>
[Authorize(Role.EnterpriseUser, Role.Coordinator)]
public sealed record WithdrawCaseCommand(string CaseNumber, string Reason) : ICommand<Result>, ICaseRequest;
