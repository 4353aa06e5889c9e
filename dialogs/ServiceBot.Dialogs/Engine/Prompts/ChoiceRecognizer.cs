using System.Globalization;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>
/// Which choice an answer means: its title, value or a synonym (as <see cref="Vocabulary.Key"/> reduces them), its
/// number in the list (1, 2… or 第二个), or the one choice whose title the answer contains.
/// </summary>
internal static class ChoiceRecognizer
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static Choice? Find(string input, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var key = Vocabulary.Key(input);
        if (key.Length == 0)
        {
            return null;
        }

        var exact = choices.FirstOrDefault(c => Names(c).Any(n => string.Equals(Vocabulary.Key(n), key, StringComparison.Ordinal)));
        if (exact is not null)
        {
            return exact;
        }

        if (Ordinal(key) is { } index && index >= 1 && index <= choices.Count)
        {
            return choices[index - 1];
        }

        var contained = choices.Where(c => Names(c).Any(n => Vocabulary.Key(n) is { Length: >= 2 } name && key.Contains(name, StringComparison.Ordinal))).ToList();
        return contained.Count == 1 ? contained[0] : null;
    }

    private static IEnumerable<string> Names(Choice choice) => [choice.Title, choice.Value, .. choice.Synonyms ?? []];

    private static int? Ordinal(string key)
    {
        var trimmed = key.StartsWith('第') ? key[1..] : key;
        foreach (var suffix in (string[])["个", "项", "条", "家"])
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal))
            {
                trimmed = trimmed[..^suffix.Length];
            }
        }

        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var position = Array.IndexOf(Ordinals, trimmed);
        return position >= 0 ? position + 1 : null;
    }
}
