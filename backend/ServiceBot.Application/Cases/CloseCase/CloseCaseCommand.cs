using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.CloseCase;

/// <summary>办结 by the coordinator while the answer waits for evaluation.</summary>
[Authorize(Role.Coordinator)]
public sealed record CloseCaseCommand(string CaseNumber, string Reason) : ICommand<Result>, ICaseRequest;
