using System.Text.Json;

namespace ServiceBot.Benchmarks.Policies.Corpus;

/// <summary>A question of the evaluation set the tests use (tests/ServiceBot.Application.Tests/…/evaluation-set.jsonl).</summary>
internal sealed record EvaluationItem(string Id, string Question, string? Document, IReadOnlyList<string> Citations, bool Paraphrased, string Split)
{
    public static IReadOnlyList<EvaluationItem> Load()
    {
        var path = RepositoryPaths.Of("tests", "ServiceBot.Application.Tests", "Policies", "AnswerPolicyQuestion", "Data", "evaluation-set.jsonl");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<EvaluationItem>(l, options)!).ToList();
    }
}
