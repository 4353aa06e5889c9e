using System.Globalization;
using System.Text;

namespace ServiceBot.Language.Triage;

/// <summary>The Chinese explanation the coordinator reads: which words matched which duty, and how sure triage is.</summary>
public sealed partial class BureauTriage
{
    private const double UncertainBelow = 0.6;

    private static string Explain(TriageCandidate lead, List<TriageCandidate> coHandlers, List<TriageCandidate> ranking)
    {
        var text = new StringBuilder();
        text.Append("建议由").Append(lead.Name).Append("牵头办理（把握").Append(Percent(lead.Confidence)).Append("）。");

        var reasons = new List<string>();
        foreach (var hit in lead.DutyHits.Take(2))
        {
            reasons.Add($"描述中的{Quote(hit.Words)}对应其职责“{hit.Duty}”");
        }

        var modelWords = lead.Words.Where(w => !lead.DutyHits.Any(h => h.Words.Any(d => d.Contains(w, StringComparison.Ordinal) || w.Contains(d, StringComparison.Ordinal)))).Take(3).ToList();
        if (modelWords.Count > 0)
        {
            reasons.Add($"{Quote(modelWords)}等说法与该单位以往办理的诉求相近");
        }

        text.Append(reasons.Count > 0 ? "依据：" + string.Join("；", reasons) + "。" : "描述中没有与各单位职责直接对应的词语，请人工确认。");

        foreach (var co in coHandlers)
        {
            var hit = co.DutyHits[0];
            text.Append("可请").Append(co.Name).Append("协办（").Append(Quote(hit.Words)).Append("涉及其职责“").Append(hit.Duty).Append("”）。");
        }

        if (lead.Confidence < UncertainBelow && ranking.Count > 1)
        {
            var second = ranking[1];
            text.Append("其次可能是").Append(second.Name).Append('（').Append(Percent(second.Confidence)).Append("）。");
        }

        return text.ToString();
    }

    private static string Quote(IEnumerable<string> words) => string.Concat(words.Take(3).Select(w => $"“{w}”"));

    /// <summary>Whole percent, never 100%: a model trained on a few hundred examples is never certain.</summary>
    private static string Percent(double p) => Math.Min(99, Math.Round(p * 100)).ToString("0", CultureInfo.InvariantCulture) + "%";
}
