using System.Text.RegularExpressions;

namespace ServiceBot.Language.Entities;

/// <summary>
/// Finds 统一社会信用代码 candidates: 18 letters and digits standing alone, from the code's alphabet, with digits
/// where the administrative division code goes. Whether the check character is right is decided by the validator
/// the caller passes in — the one implementation of GB 32100 lives in the domain, and this project depends on
/// nothing. A candidate that fails the check is still reported (invalid) when a label such as “信用代码” precedes
/// it, so the dialog can ask the user to check it rather than silently ignore it; an unlabelled one that fails is
/// more likely an identity card or order number and is dropped.
/// </summary>
internal sealed partial class CreditCodeRecognizer(Func<string, bool>? validator)
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public IEnumerable<Entity> Find(string folded)
    {
        foreach (Match match in Candidate().Matches(folded))
        {
            var value = match.Value.ToUpperInvariant();
            if (!value.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) || value.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9'))
            {
                continue;
            }

            var valid = validator?.Invoke(value) ?? true;
            if (valid || Labelled(folded, match.Index))
            {
                yield return new Entity(EntityKind.CreditCode, match.Value, match.Index, value) { IsValid = valid };
            }
        }
    }

    private static bool Labelled(string text, int start)
    {
        var window = text[Math.Max(0, start - 12)..start];
        return window.Contains("代码", StringComparison.Ordinal) || window.Contains("税号", StringComparison.Ordinal) || window.Contains("信用", StringComparison.Ordinal);
    }

    [GeneratedRegex("(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
