using System.Text;

namespace ServiceBot.Language.Text;

/// <summary>
/// Normalisation every analyser in this project applies first, so matching does not depend on how a phone's input
/// method happened to type a character: full-width ASCII to half-width, ideographic space to space, Latin letters
/// to lower case, runs of whitespace to one space. Chinese characters are left as they are.
/// </summary>
public static class ChineseText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u3000' => ' ',
                >= '\uFF01' and <= '\uFF5E' => (char)(raw - 0xFEE0),
                _ => raw,
            };
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            sb.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// Full-width ASCII to half-width and the ideographic space to a space, character for character: the folded
    /// text has the same length as the original, so positions found in it are positions in what the user typed.
    /// </summary>
    public static string FoldWidth(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var raw = source[i];
                span[i] = raw switch
                {
                    '\u3000' => ' ',
                    >= '\uFF01' and <= '\uFF5E' => (char)(raw - 0xFEE0),
                    _ => raw,
                };
            }
        });
    }

    /// <summary>Whether <paramref name="c"/> is a CJK unified ideograph (the characters Chinese words are made of).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
