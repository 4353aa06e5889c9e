namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>Where a request to talk to a person stands.</summary>
public enum HandoffStatus
{
    /// <summary>Asked for; waiting in the coordinator office's queue until a staff member accepts it.</summary>
    Waiting,

    /// <summary>A staff member accepted it and talks with the user through the chat.</summary>
    Active,

    /// <summary>Ended by the user (结束人工) or by staff; the bot answers again.</summary>
    Closed,
}
