namespace ServiceBot.Dialogs.Turns;

/// <summary>What arrived from the user's side of a conversation, independent of any channel protocol.</summary>
public enum TurnKind
{
    /// <summary>The user wrote something, pressed a suggested action, submitted a card, or sent files.</summary>
    Message,

    /// <summary>The user joined the conversation (the moment to greet them).</summary>
    ConversationStarted,

    /// <summary>A named event from the client (for example a page telling the bot who the visitor is).</summary>
    Event,

    /// <summary>The user or channel ended the conversation.</summary>
    ConversationEnded,
}
