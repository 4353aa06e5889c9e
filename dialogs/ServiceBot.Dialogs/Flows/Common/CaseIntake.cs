using System.Globalization;
using MediatR;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Calendar.ComputeDeadline;
using ServiceBot.Application.Cases.CreateCase;
using ServiceBot.Application.Cases.GetCase;
using ServiceBot.Application.Cases.ReportCase;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Dialogs.Flows.Common;

/// <summary>
/// Files a case from the chat and tells the user what happens next: the case (受理), its files, dispatch when the
/// service line's own routing agrees with the user's confirmed bureau — all in one <see cref="ReportCaseCommand"/> — and
/// a confirmation that names the number, the bureau and the sign-for and answer deadlines as dates, read back from
/// the case — or, when the coordinator office routes it, by when that will happen.
/// </summary>
internal sealed class CaseIntake(IMediator mediator, TimeProvider time, IOptions<DialogOptions> options)
{
    /// <summary>The confirmation to send, or the failure (refused by the case rules) to tell the user.</summary>
    public async Task<Result<Reply>> SubmitAsync(IntakeRequest request, Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(turn);
        var create = new CreateCaseCommand(
            request.Type,
            request.Category,
            request.Description,
            request.Urgent ? CaseUrgency.Urgent : CaseUrgency.Normal,
            request.Urgent ? request.UrgencyReason : null,
            request.Complexity,
            request.Enterprise.ContactName,
            request.Enterprise.Mobile,
            turn.ChannelId,
            turn.ConversationId);
        var files = request.Files.Select(f => new ReportedFile(f.FileName, f.ContentType, f.Size, f.StorageKey)).ToList();
        var reported = await mediator.Send(new ReportCaseCommand(create, files, request.ConfirmedBureauCode), cancellationToken).ConfigureAwait(false);
        if (!reported.IsSuccess)
        {
            return reported.Error!;
        }

        var number = reported.Value.Number;
        var failedFiles = reported.Value.FilesNotAttached;
        var detail = await mediator.Send(new GetCaseQuery(number), cancellationToken).ConfigureAwait(false);
        var lines = new List<string> { CommonTexts.Format("Accepted", number) };
        var card = new AdaptiveCard().Title(CommonTexts.Format("Accepted", number));
        if (detail.IsSuccess && detail.Value.LeadBureau is { } lead)
        {
            var signFor = CaseClocks.DueDate(detail.Value, ClockKind.SignFor);
            var answer = CaseClocks.DueDate(detail.Value, ClockKind.Answer);
            lines.Add(CommonTexts.Format("AcceptedDispatched", lead.Name, signFor, answer));
            if (CaseClocks.Current(detail.Value, ClockKind.Contact) is { } contact)
            {
                lines.Add(CommonTexts.Format("AcceptedUrgent", ChineseDate.Format(contact.DueAt)));
            }

            card.Facts(
                (CommonTexts.Get("CardNumber"), number),
                (CommonTexts.Get("CardBureau"), lead.Name),
                (CommonTexts.Get("CardSignFor"), signFor),
                (CommonTexts.Get("CardAnswer"), answer),
                (CommonTexts.Get("CardState"), detail.Value.StateName));
        }
        else
        {
            var by = await CoordinatorDeadlineAsync(cancellationToken).ConfigureAwait(false);
            lines.Add(request.SuggestedBureauName is { } suggested
                ? CommonTexts.Format("AcceptedQueued", by, suggested)
                : CommonTexts.Format("AcceptedQueuedUnsure", by));
            card.Facts((CommonTexts.Get("CardNumber"), number), (CommonTexts.Get("CardState"), detail.IsSuccess ? detail.Value.StateName : null));
        }

        if (failedFiles.Count > 0)
        {
            lines.Add(CommonTexts.Format("FilesFailed", string.Join("、", failedFiles)));
        }

        lines.Add(CommonTexts.Get("AcceptedFooter"));
        return Menu.Say(string.Join("\n", lines)).WithCard(card.ToJson());
    }

    /// <summary>When the coordinator office will have dispatched a case left to it: the configured working days from now.</summary>
    private async Task<string> CoordinatorDeadlineAsync(CancellationToken cancellationToken)
    {
        var from = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var days = options.Value.CoordinatorDispatchWorkingDays.ToString(CultureInfo.InvariantCulture);
        var deadline = await mediator.Send(new ComputeDeadlineQuery(from, days, null), cancellationToken).ConfigureAwait(false);
        return deadline.IsSuccess ? ChineseDate.Format(deadline.Value.DueDate) : CommonTexts.Get("SoonDays");
    }
}
