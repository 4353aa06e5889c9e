using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Application.Conversations.Handoffs.AcceptHandoff;
using ServiceBot.Application.Conversations.Handoffs.CloseHandoff;
using ServiceBot.Application.Conversations.Handoffs.GetHandoff;
using ServiceBot.Application.Conversations.Handoffs.GetHandoffFile;
using ServiceBot.Application.Conversations.Handoffs.ReplyToHandoff;
using ServiceBot.Bot.Console.Shared;
using ServiceBot.Domain.Common;

namespace ServiceBot.Bot.Console.Handoffs;

/// <summary>
/// One handoff conversation: who and why, what they said before asking, the relayed messages (new ones arrive
/// without reloading: the page asks for <see cref="OnGetMessagesAsync"/> every
/// <see cref="ConsoleOptions.HandoffPollInterval"/>), and the buttons and reply form the application permits the
/// signed-in staff member now.
/// </summary>
public sealed class DetailModel(IMediator mediator, TimeProvider time, IOptions<ConsoleOptions> options) : ConsolePage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The reply being written; kept when sending it was refused.</summary>
    [BindProperty]
    public string? Text { get; set; }

    public HandoffDetail? Handoff { get; private set; }

    /// <summary>Why the last action was refused, shown above the buttons.</summary>
    public string? ActionError { get; private set; }

    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public int PollMilliseconds => (int)options.Value.HandoffPollInterval.TotalMilliseconds;

    public bool May(HandoffAction action) => Handoff?.PermittedActions.Contains(action) == true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    /// <summary>
    /// The messages after <paramref name="after"/>, as the page's own markup, for the page to append; the handoff's
    /// status and newest message number go in headers, so the page reloads when the status changed.
    /// </summary>
    public async Task<IActionResult> OnGetMessagesAsync(int after, CancellationToken cancellationToken)
    {
        var detail = await Mediator.Send(new GetHandoffQuery(Id, after), cancellationToken);
        if (!detail.IsSuccess)
        {
            var (status, _) = StatusOf(detail.Error!.Kind);
            return StatusCode(status);
        }

        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Handoff-Status"] = detail.Value.Handoff.Status.ToString();
        Response.Headers["X-Handoff-Last"] = detail.Value.LastSequence.ToString(CultureInfo.InvariantCulture);
        return Partial("_Messages", detail.Value);
    }

    public async Task<IActionResult> OnGetFileAsync(int sequence, int index, CancellationToken cancellationToken)
    {
        var file = await Mediator.Send(new GetHandoffFileQuery(Id, sequence, index), cancellationToken);
        if (!file.IsSuccess)
        {
            return Fail(file.Error!);
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
    }

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) =>
        ActAsync(new AcceptHandoffCommand(Id), "已接入，用户已收到通知。请在下方回复。", cancellationToken);

    public Task<IActionResult> OnPostReplyAsync(CancellationToken cancellationToken) =>
        ActAsync(new ReplyToHandoffCommand(Id, Text ?? string.Empty), "已发送。", cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        ActAsync(new CloseHandoffCommand(Id), "已结束人工服务，用户已收到通知，机器人继续为其服务。", cancellationToken);

    /// <summary>
    /// Sends the command; on success back to the page with a confirmation, otherwise the page again with the refusal
    /// in Chinese and its status (what was typed is kept). A handoff the user may not see is not shown at all.
    /// </summary>
    private async Task<IActionResult> ActAsync(IRequest<Result> command, string done, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(command, cancellationToken);
        if (result.IsSuccess)
        {
            Flash = done;
            return Redirect($"/console/handoffs/{Id}");
        }

        var error = result.Error!;
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        ActionError = error.Message;
        Response.StatusCode = StatusOf(error.Kind).Status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var detail = await Mediator.Send(new GetHandoffQuery(Id), cancellationToken);
        if (!detail.IsSuccess)
        {
            return Fail(detail.Error!);
        }

        Handoff = detail.Value;
        return null;
    }
}
