namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>What a staff member can do with a handoff; <see cref="Handoff.PermittedActions"/> says which, now.</summary>
public enum HandoffAction
{
    /// <summary>Take the waiting conversation over (the user is told a person is there).</summary>
    Accept,

    /// <summary>Write to the user in the chat.</summary>
    Reply,

    /// <summary>End it; the bot answers the conversation again.</summary>
    Close,
}
