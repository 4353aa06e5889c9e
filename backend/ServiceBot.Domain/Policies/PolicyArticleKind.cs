namespace ServiceBot.Domain.Policies;

public enum PolicyArticleKind
{
    /// <summary>The text before the first numbered part.</summary>
    Preamble,

    /// <summary>A numbered part (第20条, （一）1.).</summary>
    Article,

    /// <summary>A table kept whole (指标体系).</summary>
    Table,

    /// <summary>The closing provisions (施行日期, 有效期).</summary>
    Closing,
}
