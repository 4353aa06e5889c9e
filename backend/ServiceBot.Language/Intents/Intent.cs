namespace ServiceBot.Language.Intents;

/// <summary>What an entrepreneur wants from one message.</summary>
public enum Intent
{
    /// <summary>Nothing recognisable (empty, or no label is likely enough).</summary>
    Unknown,

    /// <summary>Report a problem (提诉求、反映问题).</summary>
    ReportProblem,

    /// <summary>Ask a policy question (政策咨询).</summary>
    AskPolicy,

    /// <summary>Check the progress of one's cases (查进度).</summary>
    CheckProgress,

    /// <summary>Add information or files to a case (补充材料).</summary>
    SupplementInformation,

    /// <summary>Rate an answer (满意/不满意).</summary>
    EvaluateAnswer,

    /// <summary>Withdraw a case (撤回).</summary>
    Withdraw,

    /// <summary>Talk to a person (转人工).</summary>
    TalkToPerson,

    /// <summary>Greetings and small talk (你好、谢谢、再见).</summary>
    Greeting,

    /// <summary>Ask what the bot can do (帮助、怎么用).</summary>
    Help,
}
