using System.Text.RegularExpressions;
using ServiceBot.Language.Text;

namespace ServiceBot.Dialogs.Flows.Common;

/// <summary>Case numbers (QY2026-000123) in what the user typed or a notification's button sent, any letter case or width.</summary>
internal static partial class CaseNumbers
{
    public static string? Find(string? text)
    {
        var match = Pattern().Match(ChineseText.FoldWidth(text));
        return match.Success ? match.Value.ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"QY\d{4}-\d{6}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
