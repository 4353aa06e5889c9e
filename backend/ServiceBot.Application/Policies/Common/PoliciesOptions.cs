using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Application.Policies.Common;

/// <summary>
/// Configuration section <c>Policies</c>: the policy knowledge base. The thresholds are on an answer's relevance
/// (BM25F × coverage of the question) and were calibrated on the calibration half of the evaluation set (see the
/// README): below <see cref="AnswerThreshold"/> the bot does not answer, it offers a consultation.
/// </summary>
public sealed class PoliciesOptions
{
    public const string SectionName = "Policies";

    /// <summary>Load the shipped policy documents (the seed corpus) at start-up when they are not in the database yet.</summary>
    public bool SeedDocuments { get; set; } = true;

    /// <summary>The largest policy file an administrator may upload.</summary>
    [Range(1024, 50L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>
    /// How long a host instance answers from its in-memory index before it checks the database for documents
    /// another instance changed. Changes made through this instance are seen at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Relevance from which the best article is a confident answer. Calibrated: the most relevant article for any
    /// uncovered question of the calibration half reaches 0.72; 0.8 leaves a margin.
    /// </summary>
    [Range(0.0, 100.0)]
    public double AnswerThreshold { get; set; } = 0.8;

    /// <summary>Relevance from which an article is shown as "possibly related" and may name the bureau to ask (half the answer threshold).</summary>
    [Range(0.0, 100.0)]
    public double WeakThreshold { get; set; } = 0.4;

    /// <summary>Confident answers within this share of the best one are offered as a choice rather than one answer.</summary>
    [Range(0.1, 1.0)]
    public double ChoiceRatio { get; set; } = 0.8;

    [Range(2, 10)]
    public int MaxChoices { get; set; } = 3;

    /// <summary>How much more an article counts when the question names its document's region (上虞, 浦江).</summary>
    [Range(1.0, 10.0)]
    public double RegionBoost { get; set; } = 1.5;
}
