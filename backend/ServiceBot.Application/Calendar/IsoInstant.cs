using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceBot.Application.Calendar;

/// <summary>An instant as ISO-8601 with an explicit offset (<c>Z</c> or <c>±hh:mm</c>): without one, "09:00" means nothing.</summary>
public static partial class IsoInstant
{
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // An unencoded '+' in a query string arrives as a space: "2026-11-23T09:00:00 08:00".
        var value = SpaceBeforeOffset().Replace(text.Trim(), "+$1");
        return WithOffset().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    [GeneratedRegex(@" (\d{2}:?\d{2})$")]
    private static partial Regex SpaceBeforeOffset();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex WithOffset();
}
