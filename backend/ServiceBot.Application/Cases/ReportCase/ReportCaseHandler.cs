using MediatR;
using ServiceBot.Application.Cases.AddAttachment;
using ServiceBot.Application.Cases.DispatchReportedCase;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.ReportCase;

internal sealed class ReportCaseHandler(IMediator mediator, IFileStorage storage) : IRequestHandler<ReportCaseCommand, Result<ReportedCase>>
{
    public async Task<Result<ReportedCase>> Handle(ReportCaseCommand request, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(request.Case, cancellationToken).ConfigureAwait(false);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var number = created.Value.Number;
        var notAttached = new List<string>();
        foreach (var file in request.Files)
        {
            if (!await AttachAsync(number, file, cancellationToken).ConfigureAwait(false))
            {
                notAttached.Add(file.FileName);
            }
        }

        var dispatched = request.ConfirmedBureauCode is { } bureau
            && await mediator.Send(new DispatchReportedCaseCommand(number, bureau), cancellationToken).ConfigureAwait(false) is { IsSuccess: true, Value: true };
        return new ReportedCase(number, dispatched, notAttached);
    }

    private async Task<bool> AttachAsync(string number, ReportedFile file, CancellationToken cancellationToken)
    {
        var content = await storage.OpenReadAsync(file.StorageKey, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return false;
        }

        await using (content.ConfigureAwait(false))
        {
            var added = await mediator.Send(new AddAttachmentCommand(number, file.FileName, file.ContentType, file.Size, content), cancellationToken).ConfigureAwait(false);
            return added.IsSuccess;
        }
    }
}
