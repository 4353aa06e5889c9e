using System.Globalization;
using System.Xml.Linq;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Infrastructure.Policies;

/// <summary>
/// Word's automatic numbering (numbering.xml), rendered the way Word draws it: each list (w:num) counts per level,
/// a level restarts when a higher level advances, and the level's text pattern ("%1、", "（%1）", "%1.%2")
/// is filled with each level's number in its format (decimal, Chinese counting, circled …).
/// </summary>
internal sealed class WordNumbering
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly Dictionary<string, string> _abstractOfNum = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Abstract, int Level), (string Format, string Text, int Start)> _levels = [];
    private readonly Dictionary<string, int[]> _counters = new(StringComparer.Ordinal);

    public WordNumbering(XDocument? numbering)
    {
        var root = numbering?.Root;
        if (root is null)
        {
            return;
        }

        foreach (var num in root.Elements(W + "num"))
        {
            var id = num.Attribute(W + "numId")?.Value;
            var abstractId = num.Element(W + "abstractNumId")?.Attribute(W + "val")?.Value;
            if (id is not null && abstractId is not null)
            {
                _abstractOfNum[id] = abstractId;
            }
        }

        foreach (var abstractNum in root.Elements(W + "abstractNum"))
        {
            var id = abstractNum.Attribute(W + "abstractNumId")?.Value;
            foreach (var level in abstractNum.Elements(W + "lvl"))
            {
                if (id is null || !int.TryParse(level.Attribute(W + "ilvl")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var ilvl))
                {
                    continue;
                }

                var start = int.TryParse(level.Element(W + "start")?.Attribute(W + "val")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 1;
                _levels[(id, ilvl)] = (level.Element(W + "numFmt")?.Attribute(W + "val")?.Value ?? "decimal", level.Element(W + "lvlText")?.Attribute(W + "val")?.Value ?? string.Empty, start);
            }
        }
    }

    /// <summary>The label Word draws before a paragraph with these numbering properties, and advances the count.</summary>
    public string Next(XElement? numPr)
    {
        var numId = numPr?.Element(W + "numId")?.Attribute(W + "val")?.Value;
        if (numId is null || numId == "0" || !_abstractOfNum.TryGetValue(numId, out var abstractId))
        {
            return string.Empty;
        }

        var ilvl = int.TryParse(numPr!.Element(W + "ilvl")?.Attribute(W + "val")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 0, 8) : 0;
        if (!_levels.TryGetValue((abstractId, ilvl), out var level))
        {
            return string.Empty;
        }

        if (!_counters.TryGetValue(numId, out var counts))
        {
            _counters[numId] = counts = new int[9];
        }

        counts[ilvl] = counts[ilvl] == 0 ? level.Start : counts[ilvl] + 1;
        for (var deeper = ilvl + 1; deeper < counts.Length; deeper++)
        {
            counts[deeper] = 0;
        }

        var text = level.Text;
        for (var i = 0; i <= ilvl; i++)
        {
            var format = _levels.TryGetValue((abstractId, i), out var lv) ? lv.Format : "decimal";
            var value = counts[i] == 0 && _levels.TryGetValue((abstractId, i), out var first) ? first.Start : counts[i];
            text = text.Replace($"%{i + 1}", Format(value, format), StringComparison.Ordinal);
        }

        return level.Format == "bullet" ? string.Empty : text;
    }

    private static string Format(int value, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "chineseLegalSimplified" or "ideographTraditional" or "japaneseCounting" when value is >= 1 and <= 99 => ChineseNumerals.Format(value),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when value is >= 1 and <= 20 => ((char)('①' + value - 1)).ToString(),
        "decimalFullWidth" => string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０'))),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };
}
