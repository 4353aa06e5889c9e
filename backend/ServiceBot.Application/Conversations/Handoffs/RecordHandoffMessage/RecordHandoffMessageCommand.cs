using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.RecordHandoffMessage;

/// <summary>
/// Records what the user wrote (and the files they sent) while the conversation's handoff is open. Answers not found
/// when no handoff is open, so the chat knows to run its flows instead.
/// </summary>
/// <remarks>In-process only, for the conversation whose turn is running (see <see cref="RequestHandoff.RequestHandoffCommand"/>).</remarks>
[AllowAnonymous]
public sealed record RecordHandoffMessageCommand(string ConversationId, string? Text, IReadOnlyList<HandoffFile> Files) : ICommand<Result<HandoffView>>;
