namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>Who wrote a relayed message, or who ended a handoff.</summary>
public enum HandoffParty
{
    /// <summary>The entrepreneur in the chat.</summary>
    User,

    /// <summary>A member of the coordinator's office (or whoever accepted the handoff).</summary>
    Staff,
}
