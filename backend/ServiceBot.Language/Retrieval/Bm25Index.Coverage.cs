using ServiceBot.Language.Text;

namespace ServiceBot.Language.Retrieval;

/// <summary>Coverage: how much of a question an entry answers, measured over the question's characters.</summary>
public sealed partial class Bm25Index
{
    /// <summary>
    /// How informative each character of the question is: the idf of the character as a term (a character the
    /// corpus never uses weighs most); a Latin/digit token spreads its idf over its characters; spaces weigh nothing.
    /// </summary>
    private double[] CharacterWeights(AnalyzedQuery query)
    {
        var content = query.Content;
        var weights = new double[content.Length];
        var offset = 0;
        foreach (var run in CharacterNGrams.Runs(content))
        {
            var start = content.IndexOf(run, offset, StringComparison.Ordinal);
            offset = start + run.Length;
            if (ChineseText.IsHan(run[0]))
            {
                for (var i = 0; i < run.Length; i++)
                {
                    weights[start + i] = Settings.FunctionCharacters.Contains(run[i], StringComparison.Ordinal) ? 0 : Idf(run[i].ToString());
                }
            }
            else
            {
                var idf = Idf(run.Trim('.'));
                for (var i = 0; i < run.Length; i++)
                {
                    weights[start + i] = idf / run.Length;
                }
            }
        }

        return weights;
    }

    /// <summary>The weighted share of the question's characters that some matching bigram, token or synonym of the entry covers.</summary>
    private double Coverage(AnalyzedQuery query, double[] weights, int slot)
    {
        var covered = new bool[weights.Length];
        foreach (var occurrence in query.Occurrences)
        {
            var term = query.Terms[occurrence.TermIndex].Term;
            if (TextAnalyzer.IsUnigram(term) || !Contains(term, slot))
            {
                continue;
            }

            for (var i = occurrence.Start; i < occurrence.Start + occurrence.Length && i < covered.Length; i++)
            {
                covered[i] = true;
            }
        }

        double total = 0, matched = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            if (covered[i])
            {
                matched += weights[i];
            }
        }

        return total > 0 ? matched / total : 0;
    }

    /// <summary>Whether the entry in <paramref name="slot"/> contains <paramref name="term"/> (postings are in slot order).</summary>
    private bool Contains(string term, int slot)
    {
        if (!_postings.TryGetValue(term, out var postings))
        {
            return false;
        }

        int low = 0, high = postings.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var at = postings[mid].Slot;
            if (at == slot)
            {
                return true;
            }

            if (at < slot)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return false;
    }
}
