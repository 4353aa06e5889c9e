using ServiceBot.Application.Cases.GetAttachment;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.Handoffs.GetHandoffFile;

/// <summary>Opens a file the user sent during a handoff: message <paramref name="Sequence"/>, its file number <paramref name="Index"/> (from 0).</summary>
[Authorize(Role.Coordinator, Role.Admin)]
public sealed record GetHandoffFileQuery(Guid HandoffId, int Sequence, int Index) : IQuery<Result<AttachmentContent>>;
