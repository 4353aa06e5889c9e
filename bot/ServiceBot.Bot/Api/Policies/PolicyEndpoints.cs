using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Policies.AddPolicyDocument;
using ServiceBot.Application.Policies.AnswerPolicyQuestion;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Application.Policies.GetPolicyDocument;
using ServiceBot.Application.Policies.ListPolicyDocuments;
using ServiceBot.Application.Policies.ReplacePolicyDocument;
using ServiceBot.Application.Policies.SearchPolicies;
using ServiceBot.Application.Policies.WithdrawPolicyDocument;
using ServiceBot.Bot.Hosting;

namespace ServiceBot.Bot.Api.Policies;

/// <summary>
/// The policy knowledge base: search and answers for anyone (the bot, the public console); documents for
/// administrators and the coordinator's office, uploaded as multipart forms.
/// </summary>
internal static class PolicyEndpoints
{
    /// <summary>Room for the form's other fields and boundaries around the largest file allowed.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapPolicyEndpoints(this IEndpointRouteBuilder app)
    {
        var maxUpload = app.ServiceProvider.GetRequiredService<IOptions<PoliciesOptions>>().Value.MaxUploadBytes + FormOverheadBytes;
        var group = app.MapGroup("/api/policies").WithTags("Policies");
        group.MapGet("/search", SearchAsync).AllowAnonymous().WithSummary("政策条款检索：按相关度排序，含文件、条款号、原文、得分和有效状态");
        group.MapGet("/answer", AnswerAsync).AllowAnonymous().WithSummary("政策问答：引用条款作答，或说明无法回答并给出转办部门和时限");

        var documents = group.MapGroup("/documents").RequireAuthorization();
        documents.MapGet("/", ListAsync).WithSummary("政策文件列表（管理员、三服务办）");
        documents.MapGet("/{id:guid}", GetAsync).WithSummary("政策文件详情：各版本及某一版本的条款");

        // Uploads come with a bearer token or the console's SameSite=Strict cookie, which a cross-site form cannot send.
        documents.MapPost("/", AddAsync).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(maxUpload))
            .WithSummary("上传政策文件（.txt、.md、.html、.docx）");
        documents.MapPut("/{id:guid}", ReplaceAsync).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(maxUpload))
            .WithSummary("上传新版本替换政策文件（保留旧版本）");
        documents.MapDelete("/{id:guid}", WithdrawAsync).WithSummary("撤下政策文件（保留记录）");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<PolicySearchResult>>, ProblemHttpResult>> SearchAsync(
        string? q, int? top, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new SearchPoliciesQuery(q ?? string.Empty, top ?? 5), cancellationToken).ConfigureAwait(false)).ToHttp();

    private static async Task<Results<Ok<PolicyAnswer>, ProblemHttpResult>> AnswerAsync(string? q, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new AnswerPolicyQuestionQuery(q ?? string.Empty), cancellationToken).ConfigureAwait(false)).ToHttp();

    private static async Task<Results<Ok<IReadOnlyList<PolicyDocumentSummary>>, ProblemHttpResult>> ListAsync(
        bool? includeWithdrawn, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new ListPolicyDocumentsQuery(includeWithdrawn ?? true), cancellationToken).ConfigureAwait(false)).ToHttp();

    private static async Task<Results<Ok<PolicyDocumentDetail>, ProblemHttpResult>> GetAsync(Guid id, int? version, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetPolicyDocumentQuery(id, version), cancellationToken).ConfigureAwait(false)).ToHttp();

    private static async Task<Results<Created<PolicyDocumentSummary>, ProblemHttpResult>> AddAsync(
        [FromForm] PolicyUploadForm form, IMediator mediator, CancellationToken cancellationToken)
    {
        var metadata = form.Metadata();
        if (!metadata.IsSuccess)
        {
            return metadata.Error!.ToProblem();
        }

        var content = await form.ReadAsync(cancellationToken).ConfigureAwait(false);
        var result = await mediator.Send(new AddPolicyDocumentCommand(form.File?.FileName ?? string.Empty, content, metadata.Value), cancellationToken).ConfigureAwait(false);
        return result.IsSuccess
            ? TypedResults.Created($"/api/policies/documents/{result.Value.Id}", result.Value)
            : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<PolicyDocumentSummary>, ProblemHttpResult>> ReplaceAsync(
        Guid id, [FromForm] PolicyUploadForm form, IMediator mediator, CancellationToken cancellationToken)
    {
        var metadata = form.Metadata();
        if (!metadata.IsSuccess)
        {
            return metadata.Error!.ToProblem();
        }

        var content = await form.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (await mediator.Send(new ReplacePolicyDocumentCommand(id, form.File?.FileName ?? string.Empty, content, metadata.Value), cancellationToken).ConfigureAwait(false)).ToHttp();
    }

    private static async Task<Results<Ok<PolicyDocumentSummary>, ProblemHttpResult>> WithdrawAsync(
        Guid id, string? reason, IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new WithdrawPolicyDocumentCommand(id, reason), cancellationToken).ConfigureAwait(false)).ToHttp();
}
