using MediatR;
using ServiceBot.Application.Cases.AddAttachment;
using ServiceBot.Application.Common.Storage;

namespace ServiceBot.Dialogs.Flows.Common;

/// <summary>
/// Puts files the user sent in the chat onto a case. The channel stored them before the turn; the case's attachment
/// command stores its own copy, so a case never depends on the chat's file.
/// </summary>
internal sealed class CaseFiles(IMediator mediator, IFileStorage storage)
{
    /// <summary>The names of the files that could not be attached (missing from storage, refused by the case).</summary>
    public async Task<IReadOnlyList<string>> AttachAsync(string caseNumber, IEnumerable<StoredFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var failed = new List<string>();
        foreach (var file in files)
        {
            var content = await storage.OpenReadAsync(file.StorageKey, cancellationToken).ConfigureAwait(false);
            if (content is null)
            {
                failed.Add(file.FileName);
                continue;
            }

            await using (content.ConfigureAwait(false))
            {
                var added = await mediator.Send(new AddAttachmentCommand(caseNumber, file.FileName, file.ContentType, file.Size, content), cancellationToken)
                    .ConfigureAwait(false);
                if (!added.IsSuccess)
                {
                    failed.Add(file.FileName);
                }
            }
        }

        return failed;
    }
}
