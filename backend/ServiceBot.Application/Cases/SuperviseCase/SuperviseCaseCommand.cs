using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.SuperviseCase;

/// <summary>督办.</summary>
[Authorize(Role.Coordinator, Role.System)]
public sealed record SuperviseCaseCommand(string CaseNumber, string Reason) : ICommand<Result>, ICaseRequest;
