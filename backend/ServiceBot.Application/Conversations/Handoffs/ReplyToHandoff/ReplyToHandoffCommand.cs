using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.Handoffs.ReplyToHandoff;

/// <summary>
/// The staff member who accepted the handoff writes to the user: the message is recorded in the handoff and queued
/// for the user's conversation in the same transaction, so it is either both kept and sent (with retries) or
/// neither. Refused while the handoff waits or after it ended (conflict), and for anyone but who accepted it (forbidden).
/// </summary>
[Authorize(Role.Coordinator, Role.Admin)]
public sealed record ReplyToHandoffCommand(Guid HandoffId, string Text) : ICommand<Result>, IHandoffCommand;
