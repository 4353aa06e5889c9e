namespace ServiceBot.Dialogs.Engine;

/// <summary>
/// Stored dialog state that the current definitions cannot continue: an unknown dialog, a step that no longer exists
/// or was renamed, state that no longer reads. The engine catches it and restarts the conversation politely.
/// </summary>
internal sealed class DialogStateMismatchException : Exception
{
    public DialogStateMismatchException()
    {
    }

    public DialogStateMismatchException(string message)
        : base(message)
    {
    }

    public DialogStateMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
