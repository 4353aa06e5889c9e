namespace ServiceBot.Domain.Cases;

/// <summary>The clocks (办理时限) a case can run.</summary>
public enum ClockKind
{
    /// <summary>及时签收: sign for the case after dispatch.</summary>
    SignFor,

    /// <summary>Urgent cases: contact the enterprise within natural hours.</summary>
    Contact,

    /// <summary>按时办结: answer the enterprise.</summary>
    Answer,

    /// <summary>A co-handling bureau reports to the lead.</summary>
    CoHandlerReport,

    /// <summary>The enterprise evaluates the answer; afterwards the case closes as not evaluated.</summary>
    Evaluation,
}
