namespace ServiceBot.Dialogs.Tests.Scripts;

/// <summary>
/// A conversation written down as data (<c>Scripts/*.json</c>): what the user says, what staff do in between, and
/// what the replies and the case must show. <c>$case</c> anywhere stands for the newest case of the conversation.
/// </summary>
public sealed class ConversationScript
{
    public string Description { get; set; } = string.Empty;

    /// <summary>
    /// Runs on a database and a clock of its own, starting at the test clock's Monday 2026-11-23 09:00 in China: for
    /// scripts whose expectations name dates (the others share one database, and the clock only moves forward).
    /// </summary>
    public bool Isolated { get; set; }

    public List<ScriptStep> Steps { get; set; } = [];
}

/// <summary>One step: exactly one of <see cref="Join"/>, <see cref="User"/>/<see cref="Files"/>, <see cref="Staff"/>, <see cref="Advance"/>, or only checks.</summary>
public sealed class ScriptStep
{
    /// <summary>The user opens the chat (conversationUpdate).</summary>
    public bool Join { get; set; }

    public string? User { get; set; }

    /// <summary>Files the user sends (with <see cref="User"/> as text, if any).</summary>
    public List<string>? Files { get; set; }

    /// <summary>
    /// A lifecycle action by the case's bureau (<c>sign-for</c>, <c>answer</c>, <c>request-information</c>) or the
    /// coordinator (<c>dispatch</c>), or the coordinator on the conversation's open handoff (<c>accept-handoff</c>,
    /// <c>reply-handoff</c>, <c>close-handoff</c>; what they send into the chat is checked as the step's replies).
    /// </summary>
    public string? Staff { get; set; }

    /// <summary>The staff member's text: the answer, the question, the handoff reply.</summary>
    public string? Text { get; set; }

    /// <summary>The bureau a <c>dispatch</c> sends the case to.</summary>
    public string? Bureau { get; set; }

    /// <summary>Moves the clock (a TimeSpan, e.g. <c>25:00:00</c> or <c>2.00:00:00</c>).</summary>
    public string? Advance { get; set; }

    public ReplyExpectation? Expect { get; set; }

    public CaseExpectation? Case { get; set; }
}

/// <summary>What the replies of the step's turn must show (all replies together; actions of the last reply that has any).</summary>
public sealed class ReplyExpectation
{
    public List<string> Contains { get; set; } = [];

    public List<string> NotContains { get; set; } = [];

    /// <summary>Regular expressions the text must match (dates, case numbers).</summary>
    public List<string> Matches { get; set; } = [];

    public List<string> Actions { get; set; } = [];

    public bool? Card { get; set; }

    public List<string> CardContains { get; set; } = [];

    /// <summary>No reply at all (a message relayed to a person).</summary>
    public bool Silent { get; set; }
}

/// <summary>The newest case of the conversation, read as the coordinator sees it.</summary>
public sealed class CaseExpectation
{
    /// <summary>False: the conversation has reported no case.</summary>
    public bool? Exists { get; set; }

    public string? State { get; set; }

    public string? Bureau { get; set; }

    public string? Type { get; set; }

    public string? Urgency { get; set; }

    public int? Attachments { get; set; }

    public int? Evaluations { get; set; }
}
