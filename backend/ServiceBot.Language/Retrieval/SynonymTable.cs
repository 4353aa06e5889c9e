using ServiceBot.Language.Data;
using ServiceBot.Language.Text;

namespace ServiceBot.Language.Retrieval;

/// <summary>
/// Policy vocabulary kept as data (<c>policy-synonyms.txt</c>): how entrepreneurs say what documents say in other
/// words. A line <c>用地 土地 供地</c> makes its words interchangeable; <c>买地 拿地 =&gt; 用地 供地</c> sends the
/// everyday words on the left to the documents' words on the right only.
/// </summary>
public sealed class SynonymTable
{
    private readonly List<(string[] From, string[] To)> _rules;

    private SynonymTable(List<(string[] From, string[] To)> rules) => _rules = rules;

    public static SynonymTable Default { get; } = Parse(EmbeddedData.ReadTextLines("Retrieval/Data/policy-synonyms.txt"));

    public static SynonymTable Empty { get; } = new([]);

    public int Count => _rules.Count;

    /// <summary>Parses the data format; blank lines and <c>#</c> comments are skipped.</summary>
    public static SynonymTable Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rules = new List<(string[] From, string[] To)>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow >= 0)
            {
                rules.Add((Words(line[..arrow]), Words(line[(arrow + 2)..])));
            }
            else
            {
                var words = Words(line);
                rules.Add((words, words));
            }
        }

        return new SynonymTable(rules);
    }

    /// <summary>A table with the lines of <paramref name="more"/> after this one's.</summary>
    public SynonymTable With(SynonymTable more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return new SynonymTable([.. _rules, .. more._rules]);
    }

    /// <summary>The words to add for a normalised question: every word a rule maps a word of the question to.</summary>
    public IReadOnlyList<SynonymExpansion> Expand(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var added = new List<SynonymExpansion>();
        foreach (var (from, to) in _rules)
        {
            var source = from.Where(w => normalizedText.Contains(w, StringComparison.Ordinal)).MaxBy(w => w.Length);
            if (source is null)
            {
                continue;
            }

            var start = normalizedText.IndexOf(source, StringComparison.Ordinal);
            foreach (var word in to)
            {
                if (!normalizedText.Contains(word, StringComparison.Ordinal) && !added.Any(a => a.Word == word))
                {
                    added.Add(new SynonymExpansion(word, source, start));
                }
            }
        }

        return added;
    }

    private static string[] Words(string text) =>
        text.Split([' ', '\t', ',', '，', '、', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ChineseText.Normalize)
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
