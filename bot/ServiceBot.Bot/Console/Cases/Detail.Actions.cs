using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Cases.AddAttachment;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Bot.Api.Cases;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Bot.Console.Cases;

public sealed partial class DetailModel
{
    /// <summary>
    /// Takes one lifecycle action with the same command the API builds (<see cref="CaseActionCommands"/>). On success
    /// the page reloads with a confirmation; a refusal (validation, the lifecycle, a concurrent change) shows its
    /// Chinese message above the form, which keeps what was typed.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(string action, CancellationToken cancellationToken)
    {
        if (!CaseActionNames.TryParse(action, out var trigger) || trigger is CaseTrigger.Evaluate or CaseTrigger.SupplyInformation)
        {
            return Fail(Error.NotFound("case.action.unknown", $"未知的操作“{action}”。"));
        }

        var files = Request.HasFormContentType ? Request.Form.Files : null;
        if (trigger == CaseTrigger.Answer && files is { Count: > 0 })
        {
            foreach (var file in files.Where(f => f.Length > 0))
            {
                await using var content = file.OpenReadStream();
                var attached = await Mediator.Send(new AddAttachmentCommand(Number, file.FileName, file.ContentType, file.Length, content), cancellationToken);
                if (!attached.IsSuccess)
                {
                    return await RefusedAsync(action, attached.Error!, cancellationToken);
                }
            }
        }

        var request = new CaseActionRequest(
            Text: Input.Text,
            Reason: Input.Reason,
            LeadBureau: Input.LeadBureau,
            CoHandlers: Input.CoHandlers.Where(c => !string.IsNullOrWhiteSpace(c)).ToList(),
            RequiresAnswerApproval: Input.RequiresAnswerApproval,
            DueDate: Input.DueDate,
            IntoCaseNumber: Input.IntoCaseNumber?.Trim());
        var acted = await Mediator.Send(CaseActionCommands.Create(trigger, Number, request), cancellationToken);
        if (!acted.IsSuccess)
        {
            return await RefusedAsync(action, acted.Error!, cancellationToken);
        }

        Flash = ActionForms.Done(action);
        return Redirect($"/console/cases/{Uri.EscapeDataString(Number)}");
    }

    private async Task<IActionResult> RefusedAsync(string action, Error error, CancellationToken cancellationToken)
    {
        // A case the user may not see (or no longer may) is not shown at all.
        if (error.Kind is ErrorKind.NotFound or ErrorKind.Unauthorized)
        {
            return Fail(error);
        }

        var loaded = await LoadAsync(cancellationToken);
        if (loaded is not null)
        {
            return loaded;
        }

        FailedAction = action;
        ActionError = error.Message;
        Response.StatusCode = StatusOf(error.Kind).Status;
        return Page();
    }
}
