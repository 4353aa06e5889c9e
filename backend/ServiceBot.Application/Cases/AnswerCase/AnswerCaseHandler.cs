using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.AnswerCase;

internal sealed class AnswerCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts, IFileStorage storage, IOptions<AttachmentOptions> options)
    : CaseActionHandler<AnswerCaseCommand>(db, contexts)
{
    protected override async Task<Result> ApplyAsync(Case c, AnswerCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        var files = command.Files ?? [];
        if (files.Count > 0)
        {
            var attached = await AttachAsync(c, files, context, cancellationToken).ConfigureAwait(false);
            if (!attached.IsSuccess)
            {
                return attached;
            }
        }

        // Nothing is saved unless the answer is accepted too (the base handler saves only on success).
        return c.SubmitAnswer(command.Answer, context);
    }

    private async Task<Result> AttachAsync(Case c, IReadOnlyList<NewAttachment> files, LifecycleContext context, CancellationToken cancellationToken)
    {
        var count = await Db.Cases.Where(x => x.Id == c.Id).SelectMany(x => x.Attachments).CountAsync(cancellationToken).ConfigureAwait(false);
        if (count + files.Count > options.Value.MaxFilesPerCase)
        {
            return Error.Validation("attachment.tooMany", $"每件诉求最多上传{options.Value.MaxFilesPerCase}个附件。");
        }

        foreach (var file in files)
        {
            // Stored before the answer is judged: a refused answer leaves an orphan on disk, never a record in the case.
            var key = await storage.SaveAsync(file.Content, file.FileName, cancellationToken).ConfigureAwait(false);
            var added = c.AddAttachment(Path.GetFileName(file.FileName), file.ContentType, file.Size, key, context);
            if (!added.IsSuccess)
            {
                return added.Error!;
            }
        }

        return Result.Success;
    }
}
