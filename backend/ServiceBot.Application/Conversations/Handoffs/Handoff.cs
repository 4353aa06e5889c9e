using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>
/// A chat user's request to talk to a person (转人工): which conversation, who the user is (the linked account and
/// its enterprise, when known), why, and where it stands. While it is <see cref="HandoffStatus.Waiting"/> or
/// <see cref="HandoffStatus.Active"/> the bot does not run its flows in that conversation: the user's messages are
/// recorded as <see cref="HandoffMessage"/>s for the coordinator office, who accepts the handoff, replies into the
/// chat and closes it. A conversation has at most one open handoff.
/// </summary>
/// <remarks>
/// <see cref="Version"/> is a concurrency token: a staff member accepting while the user leaves makes one of the two
/// saves fail instead of both winning.
/// </remarks>
public sealed class Handoff
{
    public const int MaxReasonLength = 500;

    private Handoff()
    {
        ConversationId = string.Empty;
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public string ConversationId { get; private set; }

    /// <summary>The account linked to the conversation when the handoff was asked for; null for an anonymous chat user.</summary>
    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    public Guid? EnterpriseId { get; private set; }

    /// <summary>What the user was doing or said when asking (the flow they left, or their own words).</summary>
    public string Reason { get; private set; }

    public HandoffStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public string? AcceptedById { get; private set; }

    public string? AcceptedByName { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public HandoffParty? ClosedBy { get; private set; }

    public int MessageCount { get; private set; }

    public DateTimeOffset LastMessageAt { get; private set; }

    public long Version { get; private set; }

    public bool IsOpen => Status != HandoffStatus.Closed;

    public static Handoff Request(string conversationId, Actor? user, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var trimmed = reason.Trim();
        return new Handoff
        {
            Id = Guid.NewGuid(),
            ConversationId = conversationId,
            UserId = user?.Id,
            UserName = user?.Name,
            EnterpriseId = user?.EnterpriseId,
            Reason = trimmed.Length > MaxReasonLength ? trimmed[..MaxReasonLength] : trimmed,
            Status = HandoffStatus.Waiting,
            RequestedAt = at,
            LastMessageAt = at,
        };
    }

    /// <summary>Records a message of the user or of the staff member; the caller adds it to the store.</summary>
    public Result<HandoffMessage> Record(HandoffParty author, string? authorId, string authorName, string? text, IReadOnlyList<HandoffFile> files, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!IsOpen)
        {
            return Error.Conflict("handoff.closed", "人工服务已结束。");
        }

        if (string.IsNullOrWhiteSpace(text) && files.Count == 0)
        {
            return Error.Validation("handoff.message.empty", "消息内容不能为空。");
        }

        MessageCount++;
        LastMessageAt = at;
        Version++;
        return new HandoffMessage(Id, MessageCount, author, authorId, authorName, text?.Trim() ?? string.Empty, files, at);
    }

    /// <summary>
    /// What <paramref name="staff"/> may do with the handoff now: accept it while it waits, reply while it is active
    /// and they are the one who accepted it (replies from several people would confuse the user; a colleague who
    /// must take over closes it and the user asks again), close it while it is open (anyone of the office, so a
    /// conversation whose staff member went away does not stay stuck).
    /// </summary>
    public IReadOnlyList<HandoffAction> PermittedActions(Actor staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return Status switch
        {
            HandoffStatus.Waiting => [HandoffAction.Accept, HandoffAction.Close],
            HandoffStatus.Active when AcceptedById == staff.Id => [HandoffAction.Reply, HandoffAction.Close],
            HandoffStatus.Active => [HandoffAction.Close],
            _ => [],
        };
    }

    /// <summary>A staff member's message to the user; only the one who accepted the handoff replies.</summary>
    public Result<HandoffMessage> Reply(Actor staff, string text, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return Status switch
        {
            HandoffStatus.Waiting => Error.Conflict("handoff.notAccepted", "请先接入该会话，再回复。"),
            HandoffStatus.Closed => Error.Conflict("handoff.closed", "人工服务已结束。"),
            _ when AcceptedById != staff.Id => Error.Forbidden("handoff.notYours", $"该会话已由{AcceptedByName}接入，只有接入人可以回复。"),
            _ => Record(HandoffParty.Staff, staff.Id, staff.Name, text, [], at),
        };
    }

    /// <summary>A staff member takes the conversation over.</summary>
    public Result Accept(Actor staff, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (Status != HandoffStatus.Waiting)
        {
            return Error.Conflict("handoff.notWaiting", Status == HandoffStatus.Active ? $"已由{AcceptedByName}接入。" : "人工服务已结束。");
        }

        Status = HandoffStatus.Active;
        AcceptedAt = at;
        AcceptedById = staff.Id;
        AcceptedByName = staff.Name;
        Version++;
        return Result.Success;
    }

    /// <summary>Ends the handoff; the bot answers the conversation again.</summary>
    public Result Close(HandoffParty by, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            return Error.Conflict("handoff.closed", "人工服务已结束。");
        }

        Status = HandoffStatus.Closed;
        ClosedAt = at;
        ClosedBy = by;
        Version++;
        return Result.Success;
    }
}
