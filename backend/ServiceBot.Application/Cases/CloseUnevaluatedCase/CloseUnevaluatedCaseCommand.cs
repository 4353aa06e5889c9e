using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.CloseUnevaluatedCase;

/// <summary>Closes a case whose evaluation window passed (the scheduler does this).</summary>
[Authorize(Role.System)]
public sealed record CloseUnevaluatedCaseCommand(string CaseNumber) : ICommand<Result>, ICaseRequest;
