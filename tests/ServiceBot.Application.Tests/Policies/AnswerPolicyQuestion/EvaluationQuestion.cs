using System.Text.Json;

namespace ServiceBot.Application.Tests.Policies.AnswerPolicyQuestion;

/// <summary>
/// One question of the evaluation set (<c>Data/evaluation-set.jsonl</c>): the document and articles that answer
/// it (none for questions the corpus does not cover), whether it avoids the document's own words, and which half
/// of the set it belongs to (calibration: thresholds and vocabulary were tuned on it; holdout: never looked at
/// while tuning).
/// </summary>
public sealed record EvaluationQuestion(string Id, string Question, string? Document, IReadOnlyList<string> Citations, bool Paraphrased, string Split)
{
    public bool Covered => Document is not null;

    public static IReadOnlyList<EvaluationQuestion> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Policies", "AnswerPolicyQuestion", "Data", "evaluation-set.jsonl");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return File.ReadLines(path)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<EvaluationQuestion>(l, options) ?? throw new InvalidDataException(l))
            .ToList();
    }
}
