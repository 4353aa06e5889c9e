using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.GetAttachment;

internal sealed class GetAttachmentHandler(IApplicationDbContext db, IFileStorage storage) : IRequestHandler<GetAttachmentQuery, Result<AttachmentContent>>
{
    public async Task<Result<AttachmentContent>> Handle(GetAttachmentQuery request, CancellationToken cancellationToken)
    {
        var attachment = await db.Cases.AsNoTracking()
            .Where(c => c.Number == request.CaseNumber)
            .SelectMany(c => c.Attachments)
            .SingleOrDefaultAsync(a => a.Id == request.AttachmentId, cancellationToken)
            .ConfigureAwait(false);
        var content = attachment is null ? null : await storage.OpenReadAsync(attachment.StorageKey, cancellationToken).ConfigureAwait(false);
        return attachment is null || content is null
            ? Error.NotFound("attachment.notFound", "未找到该附件。")
            : new AttachmentContent(attachment.FileName, attachment.ContentType, content);
    }
}
