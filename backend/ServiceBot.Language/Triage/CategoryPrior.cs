using ServiceBot.Language.Classification;

namespace ServiceBot.Language.Triage;

/// <summary>
/// How often each category occurs among each bureau's labelled problems (add-one smoothed), so the category can
/// follow the bureau: a problem for 供电公司 is almost always 水电气 whatever words it uses.
/// </summary>
internal sealed class CategoryPrior
{
    private readonly string[] _categories;
    private readonly double[][] _byBureau;

    public CategoryPrior(IReadOnlyList<string> bureauCodes, IReadOnlyList<LabelledProblem> examples)
    {
        _categories = examples.Select(e => e.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _byBureau = bureauCodes.Select(code =>
        {
            var own = examples.Where(e => string.Equals(e.Lead, code, StringComparison.Ordinal)).ToList();
            return _categories.Select(c => (own.Count(e => string.Equals(e.Category, c, StringComparison.Ordinal)) + 0.1) / (own.Count + (0.1 * _categories.Length))).ToArray();
        }).ToArray();
    }

    /// <param name="bureauProbabilities">In catalog order, as triage computed them.</param>
    public LabelScore Combine(IReadOnlyList<LabelScore> fromText, float[] bureauProbabilities, CategoryMode mode)
    {
        var scores = new double[_categories.Length];
        for (var c = 0; c < _categories.Length; c++)
        {
            var fromBureaus = 0.0;
            for (var b = 0; b < bureauProbabilities.Length; b++)
            {
                fromBureaus += bureauProbabilities[b] * _byBureau[b][c];
            }

            var text = fromText.FirstOrDefault(s => string.Equals(s.Label, _categories[c], StringComparison.Ordinal))?.Probability ?? 0.0;
            scores[c] = mode switch
            {
                CategoryMode.Text => text,
                CategoryMode.Bureau => fromBureaus,
                _ => text * fromBureaus,
            };
        }

        var total = scores.Sum();
        var best = Array.IndexOf(scores, scores.Max());
        return new LabelScore(_categories[best], total > 0 ? scores[best] / total : 0);
    }
}
