using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.LeaveHandoff;

/// <summary>结束人工: the user ends the conversation's open handoff; the bot answers again.</summary>
/// <remarks>In-process only, for the conversation whose turn is running (see <see cref="RequestHandoff.RequestHandoffCommand"/>).</remarks>
[AllowAnonymous]
public sealed record LeaveHandoffCommand(string ConversationId) : ICommand<Result>;
