namespace ServiceBot.Language.PolicyText;

public enum ParsedArticleKind
{
    /// <summary>The text before the first numbered part (为…，现提出如下意见).</summary>
    Preamble,

    /// <summary>A numbered part with text of its own.</summary>
    Article,

    /// <summary>A table (of indicators), kept whole with its caption.</summary>
    Table,

    /// <summary>The closing provisions (本方案自…施行，有效期至…).</summary>
    Closing,
}
