using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.GetAttachment;

/// <summary>Opens an attachment of a case the caller may see.</summary>
[Authorize]
public sealed record GetAttachmentQuery(string CaseNumber, Guid AttachmentId) : IQuery<Result<AttachmentContent>>, ICaseRequest;

public sealed record AttachmentContent(string FileName, string ContentType, Stream Content);
