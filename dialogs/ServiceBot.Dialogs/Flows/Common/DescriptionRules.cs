using ServiceBot.Domain.Cases;
using ServiceBot.Language.Text;

namespace ServiceBot.Dialogs.Flows.Common;

/// <summary>
/// Whether a text can be filed as a problem description: long enough for the case (<see cref="Case.MinDescriptionLength"/>)
/// and not meaningless (a key held down, digits only, 啊啊啊啊啊啊啊啊啊啊).
/// </summary>
internal static class DescriptionRules
{
    /// <summary>Null when the text will do; otherwise why not, in Chinese.</summary>
    public static string? ProblemWith(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length < Case.MinDescriptionLength)
        {
            return CommonTexts.Format("DescriptionTooShort", Case.MinDescriptionLength);
        }

        if (trimmed.Length > Case.MaxDescriptionLength)
        {
            return CommonTexts.Format("DescriptionTooLong", Case.MaxDescriptionLength);
        }

        var words = trimmed.Where(c => ChineseText.IsHan(c) || char.IsAsciiLetter(c)).ToList();
        return words.Count < 5 || words.Distinct().Count() < 4 ? CommonTexts.Get("DescriptionMeaningless") : null;
    }
}
