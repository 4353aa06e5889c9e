namespace ServiceBot.Language.Classification;

/// <summary>
/// Which words of a text moved a model towards a label: features ranked by their weight for that label minus
/// their average weight over all labels. A word that only repeats a longer chosen word ("停" inside "停电") is left
/// out, so an explanation names phrases rather than characters.
/// </summary>
internal static class ModelEvidence
{
    public static IReadOnlyList<string> Words(SoftmaxModel model, SparseVector x, int label, int max, Func<string, bool>? accept = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        var k = model.Labels.Count;
        var candidates = new List<(string Word, float Contribution)>();
        for (var i = 0; i < x.Count; i++)
        {
            var feature = x.Indices[i];
            var word = TextFeaturizer.Display(model.Space.NameOf(feature));
            if (word is null || word.Length < 2 || (accept is not null && !accept(word)))
            {
                continue;
            }

            var mean = 0f;
            for (var j = 0; j < k; j++)
            {
                mean += model.Weight(feature, j);
            }

            var contribution = (model.Weight(feature, label) - (mean / k)) * x.Values[i];
            if (contribution > 0f)
            {
                candidates.Add((word, contribution));
            }
        }

        var chosen = new List<string>();
        foreach (var (word, _) in candidates.OrderByDescending(c => c.Contribution).ThenBy(c => c.Word, StringComparer.Ordinal))
        {
            if (chosen.Count >= max)
            {
                break;
            }

            if (chosen.Any(c => c.Contains(word, StringComparison.Ordinal)))
            {
                continue;
            }

            chosen.RemoveAll(c => word.Contains(c, StringComparison.Ordinal));
            chosen.Add(word);
        }

        return chosen;
    }
}
