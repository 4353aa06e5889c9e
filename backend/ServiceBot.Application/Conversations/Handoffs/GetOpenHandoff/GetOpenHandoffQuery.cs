using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.GetOpenHandoff;

/// <summary>The conversation's waiting or active handoff; not found when there is none.</summary>
/// <remarks>In-process only, for the conversation whose turn is running (see <see cref="RequestHandoff.RequestHandoffCommand"/>).</remarks>
[AllowAnonymous]
public sealed record GetOpenHandoffQuery(string ConversationId) : IQuery<Result<HandoffView>>;
