namespace ServiceBot.Language.PolicyText;

/// <summary>
/// Sentences of a Chinese text: split after 。！？；, keeping the mark, never inside quotation marks or brackets;
/// a table row is one sentence.
/// </summary>
public static class SentenceSplitter
{
    public static IEnumerable<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in text.Split('\n'))
        {
            if (TableRows.LooksLikeRow(line))
            {
                yield return line.Trim();
                continue;
            }

            var depth = 0;
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c is '“' or '（' or '(' or '《' or '「' or '【')
                {
                    depth++;
                }
                else if (c is '”' or '）' or ')' or '》' or '」' or '】')
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (depth == 0 && c is '。' or '！' or '？' or '；' or '!' or '?' or ';')
                {
                    var sentence = line[start..(i + 1)].Trim();
                    if (sentence.Length > 0)
                    {
                        yield return sentence;
                    }

                    start = i + 1;
                }
            }

            var rest = line[start..].Trim();
            if (rest.Length > 0)
            {
                yield return rest;
            }
        }
    }
}
