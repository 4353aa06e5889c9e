namespace ServiceBot.Dialogs.Engine;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended.</summary>
    Complete,

    /// <summary>The stack was cleared (取消, too many failed attempts).</summary>
    Cancelled,
}
