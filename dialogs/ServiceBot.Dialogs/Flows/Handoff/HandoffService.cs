using MediatR;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Application.Conversations.Handoffs.GetOpenHandoff;
using ServiceBot.Application.Conversations.Handoffs.LeaveHandoff;
using ServiceBot.Application.Conversations.Handoffs.RecordHandoffMessage;
using ServiceBot.Application.Conversations.Handoffs.RequestHandoff;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Flows.Handoff;

/// <summary>
/// 转人工 on the chat side: requests a handoff (the coordinator office's queue), and while one is waiting or active
/// relays the user's messages into it instead of running flows, until the user says 结束人工 (or 取消).
/// </summary>
internal sealed class HandoffService(IMediator mediator, IOptions<DialogOptions> options)
{
    private const int MaxRecordAttempts = 3;

    private static readonly HashSet<string> LeaveWords = new(["结束人工", "取消", "退出", "结束", "退出人工", "不用人工了", "取消人工", "返回", "回到自助服务"], StringComparer.Ordinal);

    private string Hours => options.Value.HandoffWorkingHours is { Length: > 0 } hours ? hours : HandoffTexts.Catalog["DefaultHours"];

    /// <summary>Ends whatever flow is running and puts the conversation in the queue, telling the user once what happens next.</summary>
    public async Task RequestAsync(DialogContext dc, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.CancelAllDialogs();
        await mediator.Send(new RequestHandoffCommand(dc.Turn.ConversationId, reason), cancellationToken).ConfigureAwait(false);
        var text = HandoffTexts.Catalog.Format("Requested", Hours);
        var leave = HandoffTexts.Catalog["ActionLeave"];
        await dc.SendAsync(Reply.Say(text).WithActions(new SuggestedAction(leave, leave)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when a handoff is open: the message was relayed (or ended the handoff) and the flows must not run.</summary>
    public async Task<bool> TryRelayAsync(Turn turn, ITurnReplies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(replies);
        var open = await mediator.Send(new GetOpenHandoffQuery(turn.ConversationId), cancellationToken).ConfigureAwait(false);
        if (!open.IsSuccess)
        {
            return false;
        }

        var text = TurnInput.Text(turn);
        if (turn.Attachments.Count == 0 && LeaveWords.Contains(Vocabulary.Key(text)))
        {
            await mediator.Send(new LeaveHandoffCommand(turn.ConversationId), cancellationToken).ConfigureAwait(false);
            await replies.SendAsync(Menu.Say(HandoffTexts.Catalog["Left"]), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var files = turn.Attachments.Select(a => new HandoffFile(a.FileName, a.ContentType, a.Size, a.StorageKey)).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var recorded = await mediator.Send(new RecordHandoffMessageCommand(turn.ConversationId, text, files), cancellationToken).ConfigureAwait(false);
            switch (recorded.Error)
            {
                // A staff reply saved at the same moment took the message's number; the user's message must not be lost.
                case { Code: "concurrency" } when attempt < MaxRecordAttempts:
                    continue;

                // Staff closed the handoff just before: the bot answers this message itself.
                case { Code: "handoff.none" or "handoff.closed" }:
                    return false;
                default:
                    return true;
            }
        }
    }
}
