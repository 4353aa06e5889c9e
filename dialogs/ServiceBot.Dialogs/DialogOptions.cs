using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Dialogs;

/// <summary>Configuration section <c>Dialogs</c>.</summary>
public sealed class DialogOptions
{
    public const string SectionName = "Dialogs";

    /// <summary>
    /// Answer every turn with the echo handler instead of the dialogs: the channels' own tests (xunit and end to end)
    /// run in this mode so they test the channels whatever the dialogs say, and an operator can use it to check that
    /// a newly connected channel works at all.
    /// </summary>
    public bool EchoOnly { get; set; }

    /// <summary>
    /// A flow the user has not answered for this long is over: their next message starts afresh, with a polite word
    /// (a half-finished report from yesterday should not swallow today's question).
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Dialogs:StaleAfter must be between 1 minute and 30 days.")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many answers a prompt may fail to use before it gives up and ends the flow (offering a person).</summary>
    [Range(1, 10, ErrorMessage = "Dialogs:MaxAttempts must be between 1 and 10.")]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Verify a chat user's mobile number with an SMS code before they see their enterprise's other cases (see
    /// <c>IVerificationCodeSender</c>). Off by default: unverified chat users see only the cases they reported.
    /// </summary>
    public bool SmsVerification { get; set; }

    /// <summary>
    /// Working days within which the coordinator office dispatches a case that was not dispatched automatically — what
    /// the chat promises the user. No rule fixes it; one working day is common practice.
    /// </summary>
    [Range(1, 10, ErrorMessage = "Dialogs:CoordinatorDispatchWorkingDays must be between 1 and 10.")]
    public int CoordinatorDispatchWorkingDays { get; set; } = 1;

    /// <summary>The office hours the chat names when someone asks for a person; the default text when empty.</summary>
    [MaxLength(200)]
    public string? HandoffWorkingHours { get; set; }

    /// <summary>How many open cases 我的诉求 lists at most (newest first).</summary>
    [Range(1, 20, ErrorMessage = "Dialogs:MaxListedCases must be between 1 and 20.")]
    public int MaxListedCases { get; set; } = 5;
}
