using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.RequestHandoff;

/// <summary>
/// 转人工: puts the conversation in the coordinator office's queue, or returns its handoff when one is already open.
/// The user is whoever the current turn runs as (null while anonymous).
/// </summary>
/// <remarks>
/// Anonymous because a chat user may not have an account yet. Sent in-process by the dialogs for the conversation
/// whose turn is running; it must never be mapped to an HTTP endpoint, which would let anyone name any conversation.
/// </remarks>
[AllowAnonymous]
public sealed record RequestHandoffCommand(string ConversationId, string Reason) : ICommand<Result<HandoffView>>;
