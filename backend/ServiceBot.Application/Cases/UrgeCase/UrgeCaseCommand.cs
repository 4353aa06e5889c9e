using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.UrgeCase;

/// <summary>催办.</summary>
[Authorize(Role.Coordinator, Role.System)]
public sealed record UrgeCaseCommand(string CaseNumber, string Reason) : ICommand<Result>, ICaseRequest;
