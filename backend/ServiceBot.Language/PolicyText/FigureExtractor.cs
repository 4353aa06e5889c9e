using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceBot.Language.PolicyText;

/// <summary>The figures a sentence states: amounts, percentages, areas, counts, with the words that make them thresholds.</summary>
public static partial class FigureExtractor
{
    public static IReadOnlyList<PolicyFigure> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var figures = new List<PolicyFigure>();
        foreach (Match match in FigureRegex().Matches(text))
        {
            var unit = match.Groups["unit"].Value;
            if (!decimal.TryParse(match.Groups["num"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            // "2025年" is a year, not a duration; "31日" after a month is a date (the lookbehind keeps "12月31日" out).
            if (unit is "年" && value >= 1900)
            {
                continue;
            }

            var qualifier = match.Groups["pre"].Success ? match.Groups["pre"].Value : match.Groups["post"].Success ? match.Groups["post"].Value : null;
            var kind = unit switch
            {
                "元" or "万元" or "亿元" or "美元" or "万美元" or "亿美元" => PolicyFigureKind.Amount,
                "%" or "‰" => PolicyFigureKind.Percentage,
                "亩" or "平方米" or "平方公里" => PolicyFigureKind.Area,
                _ => PolicyFigureKind.Quantity,
            };
            var figureText = match.Value.Trim();
            if (!figures.Any(f => f.Text == figureText))
            {
                figures.Add(new PolicyFigure(kind, figureText, value, unit, qualifier));
            }
        }

        return figures;
    }

    [GeneratedRegex(@"(?<pre>最高不超过|最高|不低于|不少于|不超过|超过|达到|高于|低于|至少|累计|年均|突破)?\s*(?<![\d.年月])(?<num>\d+(?:\.\d+)?)\s*(?<unit>亿美元|万美元|美元|亿元|万元|元|%|‰|亩|平方米|平方公里|万吨标准煤|吨标准煤|万吨|吨|家|个|项|台|人|天|日|年)(?<post>及以上|以上|以下|以内|左右|\(含\)|（含）)?")]
    private static partial Regex FigureRegex();
}
