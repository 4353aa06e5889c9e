using ServiceBot.Domain.Common;

namespace ServiceBot.Domain.Enterprises;

/// <summary>
/// 统一社会信用代码 as defined by GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, S, V, Z),
/// the last being a check character computed modulo 31 with weights 3^i mod 31.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Parses user input: spaces and hyphens are dropped, full-width characters and lower case are accepted.</summary>
    public static Result<UnifiedSocialCreditCode> Parse(string? input)
    {
        var normalized = Normalize(input);
        if (normalized.Length == 0)
        {
            return Invalid("请填写统一社会信用代码。");
        }

        if (normalized.Length != Length)
        {
            return Invalid($"统一社会信用代码应为18位，您输入了{normalized.Length}位。");
        }

        foreach (var c in normalized)
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return Invalid($"统一社会信用代码中不应出现字符“{c}”（代码不使用字母 I、O、S、V、Z）。");
            }
        }

        if (normalized.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9'))
        {
            return Invalid("统一社会信用代码第3至8位应为行政区划码（数字）。");
        }

        var expected = CheckCharacter(normalized.AsSpan(0, Length - 1));
        return normalized[^1] == expected
            ? new UnifiedSocialCreditCode(normalized)
            : Invalid("统一社会信用代码校验位不正确，请核对后重新输入。");
    }

    /// <summary>The GB 32100-2015 check character for the first 17 characters.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Exactly 17 characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a code character.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    public override string ToString() => Value;

    private static string Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }

        var chars = new List<char>(input.Length);
        foreach (var raw in input)
        {
            // Full-width forms (Ａ-Ｚ, ０-９) are what Chinese input methods often produce.
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (!char.IsWhiteSpace(c) && c != '-')
            {
                chars.Add(char.ToUpperInvariant(c));
            }
        }

        return new string([.. chars]);
    }

    private static Error Invalid(string message) => Error.Validation("enterprise.creditCode.invalid", message);
}
