using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Cases.DispatchReportedCase;

/// <summary>
/// Right after a chat report, dispatches the case the way the automatic dispatch reaction would, so the chat can tell
/// the user the bureau and the deadlines at once: when automatic dispatch is on and the service line's own routing of
/// the case (triage for problems, the policy knowledge base for consultations) names <paramref name="BureauCode"/> —
/// the bureau the user confirmed — confidently. Otherwise the case stays in the coordinator's queue. Answers whether
/// the case was dispatched.
/// </summary>
/// <remarks>
/// The enterprise user only asks; the routing is recomputed here from the case's own text and the dispatch is done as
/// <see cref="Actor.System"/>, so a user cannot send their case to a bureau of their choosing. Only the reporter of a
/// case still waiting to be dispatched can ask.
/// </remarks>
[Authorize(Role.EnterpriseUser)]
public sealed record DispatchReportedCaseCommand(string CaseNumber, string BureauCode) : ICommand<Result<bool>>, ICaseRequest;
