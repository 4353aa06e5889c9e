using Microsoft.AspNetCore.Mvc;
using ServiceBot.Application.Cases.AnswerCase;
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

        var request = new CaseActionRequest(
            Text: Input.Text,
            Reason: Input.Reason,
            LeadBureau: Input.LeadBureau,
            CoHandlers: Input.CoHandlers.Where(c => !string.IsNullOrWhiteSpace(c)).ToList(),
            RequiresAnswerApproval: Input.RequiresAnswerApproval,
            DueDate: Input.DueDate,
            IntoCaseNumber: Input.IntoCaseNumber?.Trim());
        var files = trigger == CaseTrigger.Answer && Request.HasFormContentType ? Request.Form.Files.Where(f => f.Length > 0).ToList() : [];
        var streams = files.Select(f => f.OpenReadStream()).ToList();
        try
        {
            // An answer and its documents are one request, so a refused answer leaves no files on the case.
            var command = files.Count == 0
                ? CaseActionCommands.Create(trigger, Number, request)
                : new AnswerCaseCommand(Number, Input.Text ?? string.Empty, [.. files.Select((f, i) => new NewAttachment(f.FileName, f.ContentType, f.Length, streams[i]))]);
            var acted = await Mediator.Send(command, cancellationToken);
            if (!acted.IsSuccess)
            {
                return await RefusedAsync(action, acted.Error!, cancellationToken);
            }
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
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
