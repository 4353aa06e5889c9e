using System.Text.RegularExpressions;
using ServiceBot.Domain.Common;

namespace ServiceBot.Domain.Enterprises;

/// <summary>Mainland China mobile numbers: 11 digits starting with 1 and a second digit 3-9, optionally written with +86.</summary>
public static partial class MobileNumber
{
    public static Result<string> Parse(string? input)
    {
        var digits = new string((input ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return Pattern().IsMatch(digits)
            ? digits
            : Error.Validation("contact.mobile.invalid", "手机号码应为11位数字，以1开头，例如 13800000000。");
    }

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Pattern();
}
