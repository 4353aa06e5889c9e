using System.Buffers;

namespace ServiceBot.Language.Retrieval;

public sealed partial class Bm25Index
{
    /// <summary>How many of the best-scoring entries get their coverage measured (the rest cannot be shown anyway).</summary>
    private const int CoverageCandidates = 20;

    /// <summary>
    /// The best <paramref name="top"/> entries for a question, best first, with their coverage of the question.
    /// <paramref name="groupBoosts"/> multiplies the relevance of whole groups (documents of a region the question names).
    /// </summary>
    public IReadOnlyList<SearchHit> Search(AnalyzedQuery query, int top, IReadOnlyDictionary<Guid, double>? groupBoosts = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        if (query.IsEmpty || _totals.Count == 0)
        {
            return [];
        }

        var scores = ArrayPool<double>.Shared.Rent(_slots.Length);
        var touched = new List<int>();
        try
        {
            Accumulate(query, scores, touched);
            var best = SelectTop(scores, touched, Math.Max(top, CoverageCandidates));
            var weights = CharacterWeights(query);
            var scale = Idf(1);
            return best
                .Select(slot =>
                {
                    var entry = _slots[slot]!.Entry;
                    var coverage = Coverage(query, weights, slot);
                    var boost = groupBoosts is not null && groupBoosts.TryGetValue(entry.GroupId, out var b) ? b : 1.0;
                    var relevance = scores[slot] * Math.Pow(coverage, Settings.CoverageExponent) * boost / scale;
                    return (Entry: entry, Hit: new SearchHit(entry.Id, entry.GroupId, relevance, scores[slot], coverage));
                })
                .OrderByDescending(h => h.Hit.Relevance)
                .ThenBy(h => h.Entry.SortKey, StringComparer.Ordinal)
                .ThenBy(h => h.Entry.Id)
                .Take(top)
                .Select(h => h.Hit)
                .ToList();
        }
        finally
        {
            foreach (var slot in touched)
            {
                scores[slot] = 0;
            }

            ArrayPool<double>.Shared.Return(scores);
        }
    }

    /// <summary>The inverse document frequency of a term (0 occurrences gives the highest value).</summary>
    public double Idf(string term)
    {
        var df = _postings.TryGetValue(term, out var postings) ? postings.Length : 0;
        return Idf(df);
    }

    private double Idf(int df) => Math.Log(1 + ((_totals.Count - df + 0.5) / (df + 0.5)));

    /// <summary>Adds every query term's BM25F contribution to the entries containing it.</summary>
    private void Accumulate(AnalyzedQuery query, double[] scores, List<int> touched)
    {
        var s = Settings;
        var avgHeadings = _totals.Average(_totals.Headings);
        var avgBody = _totals.Average(_totals.Body);
        foreach (var term in query.Terms)
        {
            if (!_postings.TryGetValue(term.Term, out var postings))
            {
                continue;
            }

            var idf = Idf(postings.Length);
            foreach (var posting in postings)
            {
                var slot = _slots[posting.Slot]!;
                var tf = 0.0;
                if (posting.Title > 0)
                {
                    tf += s.TitleWeight * posting.Title;
                }

                if (posting.Headings > 0)
                {
                    tf += s.HeadingWeight * posting.Headings / (1 - s.HeadingB + (s.HeadingB * slot.HeadingsLength / avgHeadings));
                }

                if (posting.Body > 0)
                {
                    tf += posting.Body / (1 - s.BodyB + (s.BodyB * slot.BodyLength / avgBody));
                }

                if (scores[posting.Slot] == 0)
                {
                    touched.Add(posting.Slot);
                }

                scores[posting.Slot] += term.Weight * idf * tf / (s.K1 + tf);
            }
        }
    }

    private List<int> SelectTop(double[] scores, List<int> touched, int top)
    {
        var order = new SlotOrder(this, scores);
        var heap = new PriorityQueue<int, int>(top + 1, Comparer<int>.Create((a, b) => -order.Compare(a, b)));
        foreach (var slot in touched)
        {
            if (heap.Count < top)
            {
                heap.Enqueue(slot, slot);
            }
            else if (order.Compare(slot, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(slot, slot);
            }
        }

        var result = new List<int>(heap.Count);
        while (heap.Count > 0)
        {
            result.Add(heap.Dequeue());
        }

        result.Reverse();
        return result;
    }

    /// <summary>Best first: higher score, then sort key, then id, so ties never depend on load order.</summary>
    private sealed class SlotOrder(Bm25Index index, double[] scores) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byScore = scores[y].CompareTo(scores[x]);
            if (byScore != 0)
            {
                return byScore;
            }

            var a = index._slots[x]!.Entry;
            var b = index._slots[y]!.Entry;
            var byKey = string.CompareOrdinal(a.SortKey, b.SortKey);
            return byKey != 0 ? byKey : a.Id.CompareTo(b.Id);
        }
    }
}
