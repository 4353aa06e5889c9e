using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.Handoffs.AcceptHandoff;

/// <summary>
/// A member of the coordinator's office (or an administrator) takes a waiting handoff over; the user is told in the
/// chat that a person is there. Refused (conflict) when someone else accepted it first or it has ended.
/// </summary>
/// <remarks>
/// Two people accepting at once: the handoff's <see cref="Handoff.Version"/> lets only the first save win; the
/// second answers conflict (409) and nothing of theirs is kept.
/// </remarks>
[Authorize(Role.Coordinator, Role.Admin)]
public sealed record AcceptHandoffCommand(Guid HandoffId) : ICommand<Result>, IHandoffCommand;
