using ServiceBot.Language.Text;

namespace ServiceBot.Language.Triage;

/// <summary>
/// Which two-character strings of the training descriptions are words, by accessor variety: a word is preceded and
/// followed by several different characters (“损失”, “半天”), while a slice across two words always sits in the same
/// place (“常停” only in 经常停电, “年纳” only in 年纳税). Explanations quote only words, so they read as Chinese.
/// </summary>
internal sealed class QuotableWords
{
    private const int MinVariety = 2;
    private const string FunctionCharacters = "的了是在我们你他她它就都也还又很最多少不没有能会要想这那个些么吗呢吧啊呀哦和与及或被把给让从到对为以之其而且但才再已经一二三四五六七八九十几怎什谁哪";

    private readonly HashSet<string> _words;

    public QuotableWords(IEnumerable<string> texts)
    {
        var left = new Dictionary<string, HashSet<char>>(StringComparer.Ordinal);
        var right = new Dictionary<string, HashSet<char>>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var run in CharacterNGrams.Runs(ChineseText.Normalize(text)).Where(r => ChineseText.IsHan(r[0])))
            {
                for (var i = 0; i + 2 <= run.Length; i++)
                {
                    var gram = run.Substring(i, 2);
                    Add(left, gram, i == 0 ? '^' : run[i - 1]);
                    Add(right, gram, i + 2 == run.Length ? '$' : run[i + 2]);
                }
            }
        }

        _words = left.Keys
            .Where(g => left[g].Count >= MinVariety && right[g].Count >= MinVariety && !g.Any(c => FunctionCharacters.Contains(c, StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
    }

    public bool Contains(string word) => _words.Contains(word);

    private static void Add(Dictionary<string, HashSet<char>> map, string gram, char neighbour)
    {
        if (!map.TryGetValue(gram, out var set))
        {
            map[gram] = set = [];
        }

        set.Add(neighbour);
    }
}
