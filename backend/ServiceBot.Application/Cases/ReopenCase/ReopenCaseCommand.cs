using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.ReopenCase;

/// <summary>重办 of a closed case.</summary>
[Authorize(Role.Coordinator, Role.System)]
public sealed record ReopenCaseCommand(string CaseNumber, string Reason) : ICommand<Result>, ICaseRequest;
