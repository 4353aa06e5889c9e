using System.Text.RegularExpressions;

namespace ServiceBot.Language.PolicyText;

/// <summary>
/// The units an article makes responsible: "(责任单位:区经信局、区自然资源和规划分局等)", also 牵头单位 and
/// 责任部门. The clause is taken out of the article's text and its names kept in order (the first usually leads).
/// </summary>
public static partial class ResponsibleUnits
{
    public static (string Text, IReadOnlyList<string> Units) Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = new List<string>();
        var stripped = ClauseRegex().Replace(text, match =>
        {
            foreach (var name in SeparatorRegex().Split(match.Groups["names"].Value))
            {
                var trimmed = TrailingEtcRegex().Replace(RoleLabelRegex().Replace(name.Trim(), string.Empty), string.Empty).Trim();
                if (trimmed.Length >= 2 && !units.Contains(trimmed, StringComparer.Ordinal))
                {
                    units.Add(trimmed);
                }
            }

            return string.Empty;
        });
        return (stripped.Trim(), units);
    }

    [GeneratedRegex(@"[（(]\s*(?:责任单位|牵头单位|责任部门|牵头部门|责任主体)\s*[:：]\s*(?<names>[^（()）]+?)[）)]")]
    private static partial Regex ClauseRegex();

    [GeneratedRegex(@"[、，,；;\s]+")]
    private static partial Regex SeparatorRegex();

    [GeneratedRegex(@"^(?:牵头单位|配合单位|协办单位|责任单位|牵头部门|配合部门)\s*[:：]\s*")]
    private static partial Regex RoleLabelRegex();

    [GeneratedRegex(@"(?:等(?:部门|单位)?|按职责分工负责)$")]
    private static partial Regex TrailingEtcRegex();
}
