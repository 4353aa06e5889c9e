namespace ServiceBot.Dialogs.Engine.Interruptions;

/// <summary>
/// Something the user may say at any step (取消, 帮助, 转人工…), recognised before the active dialog sees the message.
/// The first registered interruption that matches handles the message.
/// </summary>
internal interface IInterruption
{
    bool Matches(DialogContext dc);

    /// <summary>Handles the message; <see cref="InterruptionOutcome.Resume"/> makes the engine ask the active dialog's question again.</summary>
    Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken);
}
