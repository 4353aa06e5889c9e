using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.AddAttachment;

internal sealed class AddAttachmentHandler(IApplicationDbContext db, IFileStorage storage, LifecycleContextFactory contexts, IOptions<AttachmentOptions> options)
    : IRequestHandler<AddAttachmentCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(AddAttachmentCommand request, CancellationToken cancellationToken)
    {
        var c = await db.Cases.ForActionAsync(request.CaseNumber, cancellationToken).ConfigureAwait(false);
        if (c is null)
        {
            return CaseErrors.NotFound(request.CaseNumber);
        }

        var count = await db.Cases.Where(x => x.Id == c.Id).SelectMany(x => x.Attachments).CountAsync(cancellationToken).ConfigureAwait(false);
        if (count >= options.Value.MaxFilesPerCase)
        {
            return Error.Validation("attachment.tooMany", $"每件诉求最多上传{options.Value.MaxFilesPerCase}个附件。");
        }

        // A file stored for a request that then fails is an orphan on disk, never a dangling reference in the case.
        var key = await storage.SaveAsync(request.Content, request.FileName, cancellationToken).ConfigureAwait(false);
        var added = c.AddAttachment(Path.GetFileName(request.FileName), request.ContentType, request.Size, key, contexts.Create());
        if (added.IsSuccess)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return added;
    }
}
