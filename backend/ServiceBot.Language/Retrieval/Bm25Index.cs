namespace ServiceBot.Language.Retrieval;

/// <summary>
/// An immutable in-memory BM25F index over character n-grams with three fields (document title, headings, body).
/// Changes produce a new index that shares everything unchanged with the old one (<see cref="Apply"/>), so
/// searches never lock and never see a half-applied change: readers keep the snapshot they started with.
/// </summary>
/// <remarks>
/// Results are deterministic: equal scores are ordered by entry id, so two instances that loaded the same entries in
/// any order, or reached them by different sequences of changes, rank identically.
/// </remarks>
public sealed partial class Bm25Index
{
    private readonly Slot?[] _slots;
    private readonly Dictionary<string, Posting[]> _postings;
    private readonly Dictionary<Guid, int[]> _groups;
    private readonly FieldTotals _totals;

    private Bm25Index(RetrievalSettings settings, Slot?[] slots, Dictionary<string, Posting[]> postings, Dictionary<Guid, int[]> groups, FieldTotals totals)
    {
        Settings = settings;
        _slots = slots;
        _postings = postings;
        _groups = groups;
        _totals = totals;
    }

    public RetrievalSettings Settings { get; }

    /// <summary>How many entries are searchable.</summary>
    public int Count => _totals.Count;

    /// <summary>How many distinct terms the index holds.</summary>
    public int TermCount => _postings.Count;

    public IEnumerable<Guid> Groups => _groups.Keys;

    public static Bm25Index Empty(RetrievalSettings settings) =>
        new(settings ?? throw new ArgumentNullException(nameof(settings)), [], new Dictionary<string, Posting[]>(StringComparer.Ordinal), [], default);

    public static Bm25Index Build(IEnumerable<IndexEntry> entries, RetrievalSettings settings) =>
        Empty(settings).Apply([], entries);

    /// <summary>
    /// A new index without the entries of <paramref name="removedGroups"/> and with <paramref name="added"/>
    /// (replacing a document is removing its group and adding its new entries in one call). Only the postings of
    /// the terms involved are copied; when removed entries outnumber live ones the index is rebuilt compactly.
    /// </summary>
    public Bm25Index Apply(IEnumerable<Guid> removedGroups, IEnumerable<IndexEntry> added)
    {
        ArgumentNullException.ThrowIfNull(removedGroups);
        ArgumentNullException.ThrowIfNull(added);
        var removed = new HashSet<Guid>(removedGroups);
        var addedList = added.ToList();
        foreach (var entry in addedList)
        {
            removed.Add(entry.GroupId);
        }

        var removedSlots = new HashSet<int>();
        foreach (var group in removed)
        {
            if (_groups.TryGetValue(group, out var slots))
            {
                removedSlots.UnionWith(slots);
            }
        }

        var live = _totals.Count - removedSlots.Count + addedList.Count;
        var holes = _slots.Length - _totals.Count + removedSlots.Count;
        if (holes > 64 && holes > live)
        {
            var survivors = _slots.Where((s, i) => s is not null && !removedSlots.Contains(i)).Select(s => s!.Entry);
            return Empty(Settings).Apply([], survivors.Concat(addedList));
        }

        return With(removedSlots, addedList);
    }

    private Bm25Index With(HashSet<int> removedSlots, List<IndexEntry> added)
    {
        var slots = new Slot?[_slots.Length + added.Count];
        Array.Copy(_slots, slots, _slots.Length);
        var totals = _totals;
        var affected = new Dictionary<string, List<Posting>?>(StringComparer.Ordinal);
        foreach (var index in removedSlots)
        {
            var slot = _slots[index]!;
            totals = totals.Without(slot);
            slots[index] = null;
            foreach (var term in CountTerms(slot.Entry).Keys)
            {
                affected.TryAdd(term, null);
            }
        }

        var additions = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var groups = new Dictionary<Guid, int[]>(_groups);
        foreach (var slot in removedSlots.Select(i => _slots[i]!.Entry.GroupId).Distinct())
        {
            groups.Remove(slot);
        }

        var next = _slots.Length;
        foreach (var group in added.GroupBy(e => e.GroupId))
        {
            var members = new List<int>();
            foreach (var entry in group)
            {
                var counts = CountTerms(entry);
                var slot = new Slot(entry, counts.Values.Sum(c => c.Title), counts.Values.Sum(c => c.Headings), counts.Values.Sum(c => c.Body));
                slots[next] = slot;
                totals = totals.With(slot);
                foreach (var (term, c) in counts)
                {
                    if (!additions.TryGetValue(term, out var list))
                    {
                        additions[term] = list = [];
                    }

                    list.Add(new Posting(next, Clamp(c.Title), Clamp(c.Headings), Clamp(c.Body)));
                    affected.TryAdd(term, null);
                }

                members.Add(next);
                next++;
            }

            groups[group.Key] = [.. members];
        }

        var postings = new Dictionary<string, Posting[]>(_postings, StringComparer.Ordinal);
        foreach (var term in affected.Keys)
        {
            var kept = _postings.TryGetValue(term, out var old) ? old.Where(p => !removedSlots.Contains(p.Slot)) : [];
            var merged = additions.TryGetValue(term, out var extra) ? kept.Concat(extra).ToArray() : kept.ToArray();
            if (merged.Length == 0)
            {
                postings.Remove(term);
            }
            else
            {
                postings[term] = merged;
            }
        }

        return new Bm25Index(Settings, slots, postings, groups, totals);
    }

    private Dictionary<string, (int Title, int Headings, int Body)> CountTerms(IndexEntry entry)
    {
        var counts = new Dictionary<string, (int Title, int Headings, int Body)>(StringComparer.Ordinal);
        foreach (var term in TextAnalyzer.Terms(entry.Title, Settings.Unigrams))
        {
            var c = counts.GetValueOrDefault(term);
            counts[term] = (c.Title + 1, c.Headings, c.Body);
        }

        foreach (var term in TextAnalyzer.Terms(entry.Headings, Settings.Unigrams))
        {
            var c = counts.GetValueOrDefault(term);
            counts[term] = (c.Title, c.Headings + 1, c.Body);
        }

        foreach (var term in TextAnalyzer.Terms(entry.Body, Settings.Unigrams))
        {
            var c = counts.GetValueOrDefault(term);
            counts[term] = (c.Title, c.Headings, c.Body + 1);
        }

        return counts;
    }

    private static ushort Clamp(int count) => (ushort)Math.Min(count, ushort.MaxValue);

    private sealed record Slot(IndexEntry Entry, int TitleLength, int HeadingsLength, int BodyLength);

    private readonly record struct FieldTotals(int Count, long Title, long Headings, long Body)
    {
        public FieldTotals With(Slot slot) => new(Count + 1, Title + slot.TitleLength, Headings + slot.HeadingsLength, Body + slot.BodyLength);

        public FieldTotals Without(Slot slot) => new(Count - 1, Title - slot.TitleLength, Headings - slot.HeadingsLength, Body - slot.BodyLength);

        public double Average(long total) => Count == 0 ? 1 : Math.Max(1, (double)total / Count);
    }
}
