using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Cases.AddAttachment;
using ServiceBot.Application.Cases.GetAttachment;
using ServiceBot.Bot.Hosting;

namespace ServiceBot.Bot.Api.Cases;

/// <summary>Files attached to a case: multipart upload, and download for whoever may see the case.</summary>
internal static class CaseAttachmentEndpoints
{
    /// <summary>The upload request may be larger than the API's default body limit, by the multipart framing.</summary>
    private const long UploadRequestLimit = 12 * 1024 * 1024;

    public static IEndpointRouteBuilder MapCaseAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases/{number}/attachments").WithTags("Cases").RequireAuthorization();

        // Bearer-token clients have no antiforgery token; the cookie is SameSite=Strict, which already stops
        // cross-site form posts from the console's session.
        group.MapPost("/", UploadAsync).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(UploadRequestLimit))
            .WithSummary("上传附件（图片、PDF、Word、Excel、文本；单个文件不超过10MB）");
        group.MapGet("/{id:guid}", DownloadAsync).WithSummary("下载附件");
        return app;
    }

    private static async Task<Results<Created<AttachmentCreated>, ProblemHttpResult>> UploadAsync(
        string number, IFormFile file, IMediator mediator, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        var result = await mediator.Send(new AddAttachmentCommand(number, file.FileName, file.ContentType, file.Length, content), cancellationToken)
            .ConfigureAwait(false);
        return result.IsSuccess
            ? TypedResults.Created($"/api/cases/{number}/attachments/{result.Value}", new AttachmentCreated(result.Value))
            : result.Error!.ToProblem();
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        string number, Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetAttachmentQuery(number, id), cancellationToken).ConfigureAwait(false);
        return result.IsSuccess
            ? TypedResults.File(result.Value.Content, result.Value.ContentType, result.Value.FileName)
            : result.Error!.ToProblem();
    }
}
