namespace ServiceBot.Dialogs.Turns;

/// <summary>
/// Handles one turn of one conversation. The host calls it with the conversation's turns one at a time, in order,
/// and with <c>ICurrentUser</c> set to the account linked to the channel user, if any.
/// </summary>
public interface ITurnHandler
{
    Task HandleAsync(Turn turn, ITurnReplies replies, CancellationToken cancellationToken);
}
