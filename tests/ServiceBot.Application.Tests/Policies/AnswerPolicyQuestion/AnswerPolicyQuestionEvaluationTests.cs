using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Policies.AnswerPolicyQuestion;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Application.Policies.SearchPolicies;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Policies.AnswerPolicyQuestion;

/// <summary>
/// The evaluation set run through the real search and answer requests over the seed corpus, on the provider under
/// test. Checks the issue's targets (top-3 at least 90 %, no confident answer to a question the corpus does not
/// cover) and that <c>docs/policy-evaluation.md</c> still reports what the code does; with
/// <c>SERVICEBOT_UPDATE_DOCS=1</c> the report is rewritten instead.
/// </summary>
public sealed class AnswerPolicyQuestionEvaluationTests(SeededPolicies seeded) : IClassFixture<SeededPolicies>
{
    private const string ReportPath = "docs/policy-evaluation.md";

    private static readonly IReadOnlyList<EvaluationQuestion> Questions = EvaluationQuestion.Load();

    [Fact]
    public void EvaluationSet_HasTheQuestionsTheIssueAsksFor()
    {
        var covered = Questions.Where(q => q.Covered).ToList();

        Assert.True(covered.Count >= 80, $"{covered.Count} covered questions");
        Assert.True(covered.Count(q => q.Paraphrased) >= 40, $"{covered.Count(q => q.Paraphrased)} paraphrased questions");
        Assert.True(Questions.Count(q => !q.Covered) >= 20, $"{Questions.Count(q => !q.Covered)} uncovered questions");
        Assert.All(covered, q => Assert.Contains(q.Document, seeded.Documents.Keys));
        Assert.Equal(Questions.Count, Questions.Select(q => q.Id).Distinct().Count());
        Assert.All(Questions, q => Assert.Contains(q.Split, new[] { "calibration", "holdout" }));
    }

    [Fact]
    public async Task Evaluate_MeetsTheQualityTargets_AndMatchesTheCommittedReport()
    {
        var results = await EvaluateAsync();
        var covered = results.Where(r => r.Question.Covered).ToList();
        var uncovered = results.Where(r => !r.Question.Covered).ToList();

        var top3 = Rate(covered, r => r.Rank is >= 1 and <= 3);
        Assert.True(top3 >= 0.90, $"top-3 hit rate {top3:P1} is below 90 %");
        var answeredWrongly = uncovered.Where(r => r.Answer.Kind != PolicyAnswerKind.NoAnswer).Select(r => $"{r.Question.Id} “{r.Question.Question}” → {r.Answer.Citations[0].Reference}");
        Assert.Empty(answeredWrongly);
        var drift = RepositoryFiles.CheckGenerated(ReportPath, Report(results));
        Assert.True(drift is null, drift);
    }

    [Fact]
    public async Task AnswerThreshold_LiesAboveEveryUncoveredQuestionOfTheCalibrationHalf()
    {
        var threshold = seeded.Services.Services.GetRequiredService<IOptions<PoliciesOptions>>().Value.AnswerThreshold;
        var highest = 0.0;
        foreach (var question in Questions.Where(q => !q.Covered && q.Split == "calibration"))
        {
            var results = (await seeded.Services.SendAsync(null, new SearchPoliciesQuery(question.Question, 1))).Value;
            highest = Math.Max(highest, results.Count > 0 ? results[0].Score : 0);
        }

        Assert.True(highest < threshold, $"an uncovered calibration question reaches relevance {highest:F3}; recalibrate Policies:AnswerThreshold ({threshold})");
    }

    private async Task<List<EvaluationResult>> EvaluateAsync()
    {
        var keys = seeded.Documents.ToDictionary(d => d.Value, d => d.Key);
        var results = new List<EvaluationResult>();
        foreach (var question in Questions)
        {
            var search = (await seeded.Services.SendAsync(null, new SearchPoliciesQuery(question.Question, 5))).Value;
            var answer = (await seeded.Services.SendAsync(null, new AnswerPolicyQuestionQuery(question.Question))).Value;
            var rank = 0;
            for (var i = 0; i < search.Count && rank == 0; i++)
            {
                rank = Expected(question, keys[search[i].DocumentId], search[i].Citation) ? i + 1 : 0;
            }

            var citesExpected = answer.Kind != PolicyAnswerKind.NoAnswer && answer.Citations.Any(c => Expected(question, keys[c.DocumentId], c.Citation));
            results.Add(new EvaluationResult(question, search, answer, rank, search.Count > 0 ? keys[search[0].DocumentId] : null, citesExpected));
        }

        return results;
    }

    private static bool Expected(EvaluationQuestion question, string document, string citation) =>
        question.Document == document && question.Citations.Contains(citation);

    private static double Rate(IReadOnlyCollection<EvaluationResult> results, Func<EvaluationResult, bool> hit) =>
        results.Count == 0 ? 0 : (double)results.Count(hit) / results.Count;

    private static string Report(List<EvaluationResult> results)
    {
        var covered = results.Where(r => r.Question.Covered).ToList();
        var text = new StringBuilder();
        text.Append("""
            # Policy knowledge base — evaluation

            Generated by `AnswerPolicyQuestionEvaluationTests` from the evaluation set
            (`tests/ServiceBot.Application.Tests/Policies/AnswerPolicyQuestion/Data/evaluation-set.jsonl`) over the seed
            corpus, through the real `SearchPoliciesQuery` and `AnswerPolicyQuestionQuery`. Do not edit: regenerate with
            `SERVICEBOT_UPDATE_DOCS=1 dotnet test tests/ServiceBot.Application.Tests --filter AnswerPolicyQuestionEvaluationTests`.
            The calibration half was used to tune the vocabulary, the retrieval settings and the answer threshold; after one
            baseline run, the holdout half's individual results were not looked at while tuning.

            ## Ranking (questions the corpus covers)

            | Questions | n | top-1 | top-3 |
            |---|---:|---:|---:|

            """);
        Row("all", covered);
        Row("in the document's words", covered.Where(r => !r.Question.Paraphrased).ToList());
        Row("in other words", covered.Where(r => r.Question.Paraphrased).ToList());
        Row("calibration half", covered.Where(r => r.Question.Split == "calibration").ToList());
        Row("holdout half", covered.Where(r => r.Question.Split == "holdout").ToList());

        text.Append(CultureInfo.InvariantCulture, $"""

            ## Answer or no answer

            | | calibration | holdout | all |
            |---|---:|---:|---:|

            """);
        Decision("uncovered questions answered confidently (must be 0)", r => !r.Question.Covered && r.Answer.Kind != PolicyAnswerKind.NoAnswer, r => !r.Question.Covered);
        Decision("no-answer precision (declined questions the corpus does not cover)", r => !r.Question.Covered && r.Answer.Kind == PolicyAnswerKind.NoAnswer, r => r.Answer.Kind == PolicyAnswerKind.NoAnswer);
        Decision("covered questions answered confidently", r => r.Question.Covered && r.Answer.Kind != PolicyAnswerKind.NoAnswer, r => r.Question.Covered);
        Decision("confident answers citing an expected article", r => r.CitesExpected, r => r.Question.Covered && r.Answer.Kind != PolicyAnswerKind.NoAnswer);

        text.Append("""

            ## Per question

            Rank: position of the first expected article among the top 5 search results (– if none). Relevance: of the top
            result. Answer: A answered, C choice of several, N no answer.

            | id | question | expected | top result | rank | relevance | answer |
            |---|---|---|---|---:|---:|---|

            """);
        foreach (var r in results)
        {
            var expected = r.Question.Covered ? $"{Short(r.Question.Document!)} {string.Join(" / ", r.Question.Citations)}" : "(not covered)";
            var top = r.Search.Count > 0 ? $"{Short(r.TopDocument!)} {r.Search[0].Citation}" : "–";
            var kind = r.Answer.Kind switch { PolicyAnswerKind.Answered => "A", PolicyAnswerKind.Choices => "C", _ => "N" };
            text.Append(CultureInfo.InvariantCulture, $"| {r.Question.Id} | {r.Question.Question} | {expected} | {top} | {(r.Rank > 0 ? r.Rank.ToString(CultureInfo.InvariantCulture) : "–")} | {(r.Search.Count > 0 ? r.Search[0].Score : 0):F2} | {kind} |\n");
        }

        return text.ToString();

        void Row(string label, List<EvaluationResult> rows) =>
            text.Append(CultureInfo.InvariantCulture, $"| {label} | {rows.Count} | {Rate(rows, r => r.Rank == 1):P1} | {Rate(rows, r => r.Rank is >= 1 and <= 3):P1} |\n");

        void Decision(string label, Func<EvaluationResult, bool> hit, Func<EvaluationResult, bool> of)
        {
            string Cell(IEnumerable<EvaluationResult> rows)
            {
                var pool = rows.Where(of).ToList();
                var hits = pool.Count(hit);
                return pool.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{hits}/{pool.Count} ({(double)hits / pool.Count:P1})");
            }

            text.Append(CultureInfo.InvariantCulture, $"| {label} | {Cell(results.Where(r => r.Question.Split == "calibration"))} | {Cell(results.Where(r => r.Question.Split == "holdout"))} | {Cell(results)} |\n");
        }
    }

    private static string Short(string key) => key.Split('-')[0];

    private sealed record EvaluationResult(EvaluationQuestion Question, IReadOnlyList<PolicySearchResult> Search, PolicyAnswer Answer, int Rank, string? TopDocument, bool CitesExpected);
}
