using ServiceBot.Language.Data;
using ServiceBot.Language.Text;

namespace ServiceBot.Language.Retrieval;

/// <summary>
/// The words of asking rather than of the question (请问, 有没有, 怎么, 我们, 吗), kept as data
/// (<c>query-stop-phrases.txt</c>). They are cut out of a question before it becomes terms, longest first, and
/// leave a gap so no bigram bridges the cut.
/// </summary>
public sealed class StopPhrases
{
    private readonly string[] _phrases;

    private StopPhrases(IEnumerable<string> phrases) =>
        _phrases = phrases.Select(ChineseText.Normalize).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ToArray();

    public static StopPhrases Default { get; } = new(EmbeddedData.ReadTextLines("Retrieval/Data/query-stop-phrases.txt"));

    public static StopPhrases Empty { get; } = new([]);

    public static StopPhrases Parse(IEnumerable<string> lines) => new(lines.Where(l => !l.TrimStart().StartsWith('#')));

    public string Remove(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var text = normalizedText;
        foreach (var phrase in _phrases)
        {
            text = text.Replace(phrase, " ", StringComparison.Ordinal);
        }

        return text;
    }
}
