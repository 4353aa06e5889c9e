namespace ServiceBot.Dialogs.Engine.Interruptions;

public enum InterruptionOutcome
{
    /// <summary>Answered aside (help, progress); the flow goes on where it was and asks its question again.</summary>
    Resume,

    /// <summary>The interruption changed the stack itself (cancelled the flow, started another); nothing more to do.</summary>
    Handled,
}
