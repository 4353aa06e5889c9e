namespace ServiceBot.Dialogs.Turns;

/// <summary>Where a turn's replies go; the host decides how they reach the channel (response body, Direct Line, serviceUrl).</summary>
public interface ITurnReplies
{
    Task SendAsync(Reply reply, CancellationToken cancellationToken);

    /// <summary>Shows "typing…" while something slow happens.</summary>
    Task TypingAsync(CancellationToken cancellationToken);
}
