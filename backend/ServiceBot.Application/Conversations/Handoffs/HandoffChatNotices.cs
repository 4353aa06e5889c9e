using System.Security.Cryptography;
using System.Text;
using ServiceBot.Application.Notifications;

namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>What the user reads in the chat when staff accept, reply to or close their handoff.</summary>
internal static class HandoffChatNotices
{
    /// <summary>The chat's own word for leaving (the dialogs' 结束人工), offered as a button.</summary>
    private static readonly ChatAction Leave = new("结束人工", "结束人工");

    public static HandoffNotice Accepted(Guid handoff) =>
        new(SourceId(handoff, HandoffStatus.Active), ChatMessage.Say("三服务办工作人员已接入，请直接输入您的问题。").WithActions(Leave));

    /// <summary>A staff reply, queued once per message.</summary>
    public static HandoffNotice Reply(HandoffMessage message) => new(message.Id, ChatMessage.Say($"【三服务办】{message.Text}"));

    public static HandoffNotice Closed(Guid handoff) =>
        new(SourceId(handoff, HandoffStatus.Closed), ChatMessage.Say("三服务办工作人员已结束本次人工服务，接下来由智能助手继续为您服务。还有什么可以帮您？"));

    /// <summary>
    /// The source of the notice that <paramref name="handoff"/> reached <paramref name="status"/>, derived from both,
    /// so that the notice is queued once per handoff however often it is asked for.
    /// </summary>
    private static Guid SourceId(Guid handoff, HandoffStatus status)
    {
        var hash = SHA256.HashData([.. handoff.ToByteArray(), .. Encoding.UTF8.GetBytes(status.ToString())]);
        return new Guid(hash.AsSpan(0, 16));
    }
}
