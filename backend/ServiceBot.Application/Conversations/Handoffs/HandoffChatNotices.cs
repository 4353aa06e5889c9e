using System.Security.Cryptography;
using System.Text;
using ServiceBot.Application.Notifications;

namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>What the user reads in the chat when staff accept, reply to or close their handoff.</summary>
internal static class HandoffChatNotices
{
    /// <summary>The chat's own word for leaving (the dialogs' 结束人工), offered as a button.</summary>
    private static readonly ChatAction Leave = new("结束人工", "结束人工");

    public static ChatMessage Accepted() => ChatMessage.Say("三服务办工作人员已接入，请直接输入您的问题。").WithActions(Leave);

    public static ChatMessage Reply(string text) => ChatMessage.Say($"【三服务办】{text}");

    public static ChatMessage Closed() => ChatMessage.Say("三服务办工作人员已结束本次人工服务，接下来由智能助手继续为您服务。还有什么可以帮您？");

    /// <summary>
    /// The source id of a notice about <paramref name="handoff"/> reaching <paramref name="status"/>, derived from both
    /// so that the notice is queued once per handoff however often it is asked for.
    /// </summary>
    public static Guid SourceId(Guid handoff, HandoffStatus status)
    {
        var hash = SHA256.HashData([.. handoff.ToByteArray(), .. Encoding.UTF8.GetBytes(status.ToString())]);
        return new Guid(hash.AsSpan(0, 16));
    }
}
