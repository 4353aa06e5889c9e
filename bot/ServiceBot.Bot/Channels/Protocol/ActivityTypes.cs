namespace ServiceBot.Bot.Channels.Protocol;

internal static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string EndOfConversation = "endOfConversation";

    /// <summary>The types that reach the bot; anything else (reactions, installation updates …) is accepted and ignored.</summary>
    public static bool IsHandled(string? type) =>
        type is Message or ConversationUpdate or Typing or Event or Invoke or EndOfConversation;
}
