using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.Handoffs.CloseHandoff;

/// <summary>
/// Staff end a waiting or active handoff — anyone of the office, so a conversation whose staff member went away does
/// not stay stuck; the user is told in the chat that the person has left, and the bot answers again.
/// </summary>
[Authorize(Role.Coordinator, Role.Admin)]
public sealed record CloseHandoffCommand(Guid HandoffId) : ICommand<Result>, IHandoffCommand;
