using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Cases.GetAttachment;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.GetHandoffFile;

internal sealed class GetHandoffFileHandler(IApplicationDbContext db, IFileStorage storage) : IRequestHandler<GetHandoffFileQuery, Result<AttachmentContent>>
{
    public async Task<Result<AttachmentContent>> Handle(GetHandoffFileQuery request, CancellationToken cancellationToken)
    {
        var files = await db.HandoffMessages.AsNoTracking()
            .Where(m => m.HandoffId == request.HandoffId && m.Sequence == request.Sequence)
            .Select(m => m.Files)
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        var file = files is not null && request.Index >= 0 && request.Index < files.Count ? files[request.Index] : null;
        var content = file is null ? null : await storage.OpenReadAsync(file.StorageKey, cancellationToken).ConfigureAwait(false);
        return file is null || content is null
            ? Error.NotFound("handoff.file.notFound", "未找到该文件。")
            : new AttachmentContent(file.FileName, file.ContentType, content);
    }
}
