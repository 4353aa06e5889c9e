using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.Handoffs.GetHandoff;

/// <summary>
/// One handoff for the coordinator's conversation page: who, why, where it stands, what the signed-in staff member
/// may do, and the relayed messages after <paramref name="AfterSequence"/> (all of them with 0, plus what the user
/// said in the chat before asking; a page refreshing itself passes the last number it shows).
/// </summary>
[Authorize(Role.Coordinator, Role.Admin)]
public sealed record GetHandoffQuery(Guid HandoffId, int AfterSequence = 0) : IQuery<Result<HandoffDetail>>;
