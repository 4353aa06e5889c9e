using ServiceBot.Language.Text;

namespace ServiceBot.Language.Triage;

/// <summary>
/// The bureaus' duties, the everyday words for them and the bureaus' names as an index of Chinese words, so a
/// description can be matched against them without a word segmenter. Every run of 2 to
/// <see cref="MaxWordLength"/> characters inside a duty is a word; vocabulary words count as written. Only the
/// longest match at each position counts (“工业用地” rather than also “用地”). A word shared by many bureaus weighs
/// less than one that names a single bureau, and a few words every unit's duties and every enterprise use
/// (“企业”, “服务”, “政策”) are no evidence at all. Because the index is built from the catalog passed in, an
/// administrator's edits to a bureau's duties change what triage matches.
/// </summary>
internal sealed class DutyIndex
{
    public const int MaxWordLength = 8;

    public const int LongWordLength = 4;

    /// <summary>Words that appear in duties but say nothing about who is responsible.</summary>
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "企业", "管理", "服务", "问题", "工作", "发展", "建设", "推进", "平台", "处理", "政策", "项目", "办理", "系统",
        "中心", "公司", "协调", "对接", "支持", "保障", "培育", "应用", "新型", "公共", "行政", "县里", "流程", "效率",
    };

    /// <summary>Parts of unit names that every unit shares.</summary>
    private static readonly HashSet<string> GenericNameWords = new(StringComparer.Ordinal)
    {
        "县委", "国家", "总局", "国网", "分局", "中心", "管理", "服务", "发展", "工作", "行政", "大队", "公司",
    };

    private static readonly char[] ItemSeparators = ['、', '，', ',', '；', ';', '。'];
    private static readonly char[] Connectives = ['与', '和', '及', '或'];

    private readonly BureauProfile[] _bureaus;
    private readonly List<string>[] _items;
    private readonly Dictionary<string, Posting[]> _words;
    private readonly (string Word, Posting Posting)[] _literalWords;
    private readonly Dictionary<string, int[]> _nameWords;
    private readonly Dictionary<string, float> _idf;
    private readonly Dictionary<string, float> _nameIdf;

    public DutyIndex(IReadOnlyList<BureauProfile> bureaus, DutyVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(bureaus);
        ArgumentNullException.ThrowIfNull(vocabulary);
        _bureaus = [.. bureaus];
        _items = _bureaus.Select(b => SplitItems(b.Duties)).ToArray();
        var words = new Dictionary<string, HashSet<Posting>>(StringComparer.Ordinal);
        var literal = new List<(string, Posting)>();
        var names = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var b = 0; b < _bureaus.Length; b++)
        {
            for (var item = 0; item < _items[b].Count; item++)
            {
                foreach (var word in WordsOf(_items[b][item]).Where(w => !GenericWords.Contains(w)))
                {
                    Add(words, word, new Posting(b, item, FromVocabulary: false));
                }
            }

            foreach (var entry in vocabulary.For(_bureaus[b].Code))
            {
                var item = _items[b].IndexOf(entry.Duty);
                if (item < 0)
                {
                    _items[b].Add(entry.Duty);
                    item = _items[b].Count - 1;
                }

                foreach (var word in entry.Words.Select(ChineseText.Normalize).Where(w => w.Length >= 2 && !GenericWords.Contains(w)))
                {
                    if (word.All(ChineseText.IsHan))
                    {
                        Add(words, word, new Posting(b, item, FromVocabulary: true));
                    }
                    else
                    {
                        literal.Add((word, new Posting(b, item, FromVocabulary: true)));
                    }
                }
            }

            foreach (var word in WordsOf(NameCore(_bureaus[b].Name)).Where(w => !GenericNameWords.Contains(w) && !GenericWords.Contains(w)))
            {
                Add(names, word, b);
            }
        }

        _words = words.ToDictionary(p => p.Key, p => p.Value.OrderBy(v => v.Bureau).ThenBy(v => v.Item).ToArray(), StringComparer.Ordinal);
        _literalWords = [.. literal];
        _nameWords = names.ToDictionary(p => p.Key, p => p.Value.Order().ToArray(), StringComparer.Ordinal);
        var n = (float)Math.Max(1, _bureaus.Length);
        _idf = _words.ToDictionary(p => p.Key, p => MathF.Log(1f + (n / p.Value.Select(v => v.Bureau).Distinct().Count())), StringComparer.Ordinal);
        foreach (var group in literal.GroupBy(l => l.Item1, StringComparer.Ordinal))
        {
            _idf[group.Key] = MathF.Log(1f + (n / group.Select(g => g.Item2.Bureau).Distinct().Count()));
        }

        _nameIdf = _nameWords.ToDictionary(p => p.Key, p => MathF.Log(1f + (n / p.Value.Length)), StringComparer.Ordinal);
    }

    public IReadOnlyList<BureauProfile> Bureaus => _bureaus;

    /// <summary>How <paramref name="text"/> matches each bureau, in catalog order.</summary>
    public DutyMatch[] Match(string text)
    {
        var normalized = ChineseText.Normalize(text);
        var hits = new List<Hit>?[_bureaus.Length];
        var names = new (string Word, float Weight)?[_bureaus.Length];
        var matchedAt = new int[_bureaus.Length];
        Array.Fill(matchedAt, -1);

        // Looking words up by span keeps matching free of allocations: it runs for every position of every message.
        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var nameWords = _nameWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (runStart, run) in HanRuns(normalized))
        {
            for (var i = 0; i < run.Length; i++)
            {
                var position = runStart + i;
                for (var length = Math.Min(MaxWordLength, run.Length - i); length >= 2; length--)
                {
                    var span = run.AsSpan(i, length);
                    if (words.TryGetValue(span, out var word, out var postings))
                    {
                        foreach (var posting in postings)
                        {
                            // Postings are visited longest word first, so the first one per bureau is the longest here.
                            if (matchedAt[posting.Bureau] != position || (hits[posting.Bureau]![^1].Length == length && hits[posting.Bureau]![^1].Word == word))
                            {
                                matchedAt[posting.Bureau] = position;
                                (hits[posting.Bureau] ??= []).Add(new Hit(position, length, word, posting));
                            }
                        }
                    }

                    if (nameWords.TryGetValue(span, out var nameWord, out var bureaus))
                    {
                        foreach (var bureau in bureaus)
                        {
                            var weight = _nameIdf[nameWord] * length / 2f;
                            if (names[bureau] is not { } best || weight > best.Weight)
                            {
                                names[bureau] = (nameWord, weight);
                            }
                        }
                    }
                }
            }
        }

        foreach (var (word, posting) in _literalWords)
        {
            var at = normalized.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                (hits[posting.Bureau] ??= []).Add(new Hit(at, word.Length, word, posting));
            }
        }

        var result = new DutyMatch[_bureaus.Length];
        for (var b = 0; b < _bureaus.Length; b++)
        {
            result[b] = hits[b] is null && names[b] is null ? DutyMatch.None : Summarize(b, hits[b] ?? [], names[b]);
        }

        return result;
    }

    private DutyMatch Summarize(int bureau, List<Hit> hits, (string Word, float Weight)? name)
    {
        // Keep maximal matches only: a hit inside a longer hit for the same bureau adds nothing.
        var maximal = hits.Where(h => !hits.Any(o => o.Length > h.Length && o.Start <= h.Start && o.Start + o.Length >= h.Start + h.Length)).ToList();
        float WeightOf(IEnumerable<Hit> selected) => selected
            .Select(h => h.Word)
            .Distinct(StringComparer.Ordinal)
            .Sum(w => _idf[w] * (1f + (0.5f * (w.Length - 2))));
        var grouped = maximal
            .GroupBy(h => h.Posting.Item)
            .OrderBy(g => g.Min(h => h.Start))
            .Select(g => new DutyHit(_items[bureau][g.Key], g.OrderBy(h => h.Start).Select(h => h.Word).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        return new DutyMatch(
            grouped,
            WeightOf(maximal.Where(h => !h.Posting.FromVocabulary && h.Length < LongWordLength)),
            WeightOf(maximal.Where(h => !h.Posting.FromVocabulary && h.Length >= LongWordLength)),
            WeightOf(maximal.Where(h => h.Posting.FromVocabulary)),
            name?.Word,
            name?.Weight ?? 0f);
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, HashSet<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = [];
        }

        set.Add(value);
    }

    /// <summary>Duties split at 、，； into the items an explanation quotes; parentheses stay with their item.</summary>
    private static List<string> SplitItems(string duties)
    {
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= duties.Length; i++)
        {
            var c = i < duties.Length ? duties[i] : '、';
            depth += c is '(' or '（' ? 1 : c is ')' or '）' ? -1 : 0;
            if (depth <= 0 && Array.IndexOf(ItemSeparators, c) >= 0)
            {
                var item = duties[start..i].Trim();
                if (item.Length > 0)
                {
                    items.Add(item);
                }

                start = i + 1;
                depth = 0;
            }
        }

        return items;
    }

    /// <summary>Every 2..MaxWordLength run of Han characters, not crossing a connective (与/和/及/或) or punctuation.</summary>
    private static IEnumerable<string> WordsOf(string text)
    {
        foreach (var segment in HanRuns(ChineseText.Normalize(text)).SelectMany(r => r.Run.Split(Connectives, StringSplitOptions.RemoveEmptyEntries)))
        {
            for (var length = 2; length <= Math.Min(MaxWordLength, segment.Length); length++)
            {
                for (var start = 0; start + length <= segment.Length; start++)
                {
                    yield return segment.Substring(start, length);
                }
            }
        }
    }

    /// <summary>Maximal runs of Han characters with where they start.</summary>
    private static IEnumerable<(int Start, string Run)> HanRuns(string normalized)
    {
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var han = i < normalized.Length && ChineseText.IsHan(normalized[i]);
            if (han && start < 0)
            {
                start = i;
            }
            else if (!han && start >= 0)
            {
                yield return (start, normalized[start..i]);
                start = -1;
            }
        }
    }

    /// <summary>The distinctive part of a unit's name: “县自然资源和规划局” → “自然资源和规划局”.</summary>
    private static string NameCore(string name)
    {
        foreach (var prefix in new[] { "国家税务总局县", "国网县", "县委", "县", "市" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    private readonly record struct Posting(int Bureau, int Item, bool FromVocabulary);

    private readonly record struct Hit(int Start, int Length, string Word, Posting Posting);
}
