using MediatR;
using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Bureaus;
using ServiceBot.Application.Bureaus.ListBureaus;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cases.GetAttachment;
using ServiceBot.Application.Cases.GetCase;
using ServiceBot.Application.Cases.GetCaseConversation;
using ServiceBot.Application.Cases.ListReplyTemplates;
using ServiceBot.Application.Triage.TriageProblem;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Domain.Bureaus;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Bot.Console.Cases;

/// <summary>
/// One case: the enterprise, the description and files, the chat it came from, the clocks with their lights, the
/// full timeline, and a form for each action the user may take now. Everything is read and done through the
/// application's requests, so a case of another bureau answers "not found" here as in the API.
/// </summary>
[RequestSizeLimit(AttachmentUploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentUploadLimit)]
public sealed partial class DetailModel(IMediator mediator) : ConsolePage(mediator)
{
    /// <summary>An answer may carry a few attachments; each is still checked against the attachment rules.</summary>
    private const int AttachmentUploadLimit = 32 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public string Number { get; set; } = string.Empty;

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public CaseDetail? Case { get; private set; }

    public CaseConversation? Conversation { get; private set; }

    public IReadOnlyList<ActionForm> Actions { get; private set; } = [];

    public IReadOnlyList<ReplyTemplate> Templates { get; private set; } = [];

    public IReadOnlyList<BureauView> Bureaus { get; private set; } = [];

    /// <summary>Triage's proposal for a case waiting to be dispatched: stored at intake, or worked out now.</summary>
    public ServiceBot.Application.Triage.TriageView? Proposal { get; private set; }

    /// <summary>The action whose form failed, and why; the form opens again with what was typed.</summary>
    public string? FailedAction { get; private set; }

    public string? ActionError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await Mediator.Send(new GetAttachmentQuery(Number, id), cancellationToken);
        return file.IsSuccess
            ? File(file.Value.Content, file.Value.ContentType, file.Value.FileName)
            : Fail(file.Error!);
    }

    /// <summary>Loads everything the page shows; a refusal of the case itself is returned as the page's answer.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var detail = await Mediator.Send(new GetCaseQuery(Number), cancellationToken);
        if (!detail.IsSuccess)
        {
            return Fail(detail.Error!);
        }

        Case = detail.Value;
        Actions = ActionForms.For(Case.PermittedActions);
        var conversation = await Mediator.Send(new GetCaseConversationQuery(Number), cancellationToken);
        Conversation = conversation.IsSuccess ? conversation.Value : null;
        if (Actions.Any(a => a.Name == "answer"))
        {
            var templates = await Mediator.Send(new ListReplyTemplatesQuery(Number), cancellationToken);
            Templates = templates.IsSuccess ? templates.Value : [];
        }

        if (Actions.Any(a => a.Has(ActionField.Routing) || a.Has(ActionField.AddCoHandlers)))
        {
            var bureaus = await Mediator.Send(new ListBureausQuery(), cancellationToken);
            Bureaus = bureaus.IsSuccess ? bureaus.Value.Where(b => b.Kind == BureauKind.ResponsibleUnit && b.IsActive).ToList() : [];
        }

        if (Case.State is CaseState.Submitted or CaseState.ReturnRequested && Actions.Any(a => a.Has(ActionField.Routing)))
        {
            var proposal = await Mediator.Send(new TriageProblemQuery(Case.Description), cancellationToken);
            Proposal = proposal.IsSuccess ? proposal.Value : null;
        }

        return null;
    }
}
