using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Policies.AddPolicyDocument;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Application.Policies.ListPolicyDocuments;
using ServiceBot.Application.Policies.ReplacePolicyDocument;
using ServiceBot.Application.Policies.WithdrawPolicyDocument;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Domain.Common;

namespace ServiceBot.Bot.Console.Policies;

/// <summary>政策文件: the policy knowledge base the bot answers from: upload a document, replace it with a new version, withdraw it.</summary>
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class IndexModel(IMediator mediator) : ConsolePage(mediator)
{
    /// <summary>The application checks each file against its own limit (Policies:MaxUploadBytes); this only lets it arrive.</summary>
    private const int UploadLimit = 16 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public bool Withdrawn { get; set; } = true;

    public IReadOnlyList<PolicyDocumentSummary> Documents { get; private set; } = [];

    public string? FormError { get; private set; }

    public Guid? FailedDocument { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(IFormFile? file, string? title, CancellationToken cancellationToken)
    {
        if (file is not { Length: > 0 })
        {
            return await RefuseAsync(null, Error.Validation("policy.file.missing", "请选择要上传的政策文件。"), cancellationToken);
        }

        var added = await Mediator.Send(new AddPolicyDocumentCommand(file.FileName, await ReadAsync(file, cancellationToken), Metadata(title)), cancellationToken);
        return added.IsSuccess ? Done($"已上传《{added.Value.Title}》，共 {added.Value.ArticleCount} 条。") : await RefuseAsync(null, added.Error!, cancellationToken);
    }

    public async Task<IActionResult> OnPostReplaceAsync(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is not { Length: > 0 })
        {
            return await RefuseAsync(id, Error.Validation("policy.file.missing", "请选择新版本的文件。"), cancellationToken);
        }

        var replaced = await Mediator.Send(new ReplacePolicyDocumentCommand(id, file.FileName, await ReadAsync(file, cancellationToken)), cancellationToken);
        return replaced.IsSuccess ? Done($"已替换为第 {replaced.Value.CurrentVersion} 版。") : await RefuseAsync(id, replaced.Error!, cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        var withdrawn = await Mediator.Send(new WithdrawPolicyDocumentCommand(id, reason), cancellationToken);
        return withdrawn.IsSuccess ? Done($"已废止《{withdrawn.Value.Title}》，机器人不再引用。") : await RefuseAsync(id, withdrawn.Error!, cancellationToken);
    }

    private static PolicyMetadataInput? Metadata(string? title) => string.IsNullOrWhiteSpace(title) ? null : new PolicyMetadataInput(Title: title.Trim());

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        await file.CopyToAsync(memory, cancellationToken);
        return memory.ToArray();
    }

    private RedirectResult Done(string message)
    {
        Flash = message;
        return Redirect("/console/policies");
    }

    private async Task<IActionResult> RefuseAsync(Guid? document, Error error, CancellationToken cancellationToken)
    {
        if (error.Kind == ErrorKind.Forbidden)
        {
            return Fail(error);
        }

        (FailedDocument, FormError) = (document, error.Message);
        var page = await LoadAsync(cancellationToken);
        Response.StatusCode = StatusOf(error.Kind).Status;
        return page;
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ListPolicyDocumentsQuery(Withdrawn), cancellationToken);
        if (!result.IsSuccess)
        {
            return Fail(result.Error!);
        }

        Documents = result.Value;
        return Page();
    }
}
