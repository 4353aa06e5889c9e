using System.Globalization;
using ServiceBot.Dialogs.Engine.Texts;
using ServiceBot.Language.Text;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>A number, typed in digits (full-width too, with separators) or as a Chinese numeral up to 九十九 (三、十五、二十).</summary>
internal sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    private const string Digits = "零一二三四五六七八九";

    protected override string DefaultHelp => EngineTexts.Get("HelpNumber");

    /// <summary>The number a short answer states, or null.</summary>
    public static decimal? Parse(string input)
    {
        var text = ChineseText.Normalize(input).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var unit in (string[])["个", "亩", "人", "天", "次", "件", "家"])
        {
            if (text.Length > unit.Length && text.EndsWith(unit, StringComparison.Ordinal))
            {
                text = text[..^unit.Length];
            }
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return ChineseNumeral(text);
    }

    protected override Task<PromptRecognition<decimal>> RecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return Task.FromResult(Parse(dc.Input) is { } number ? PromptRecognition<decimal>.Ok(number) : PromptRecognition<decimal>.Fail(EngineTexts.Get("RetryNumber")));
    }

    private static decimal? ChineseNumeral(string text)
    {
        text = text.Replace('两', '二');
        return text.Length switch
        {
            1 when Digits.Contains(text[0], StringComparison.Ordinal) => Digits.IndexOf(text[0], StringComparison.Ordinal),
            1 when text[0] == '十' => 10,
            2 when text[0] == '十' && Digits.IndexOf(text[1], StringComparison.Ordinal) > 0 => 10 + Digits.IndexOf(text[1], StringComparison.Ordinal),
            2 when text[1] == '十' && Digits.IndexOf(text[0], StringComparison.Ordinal) > 0 => Digits.IndexOf(text[0], StringComparison.Ordinal) * 10,
            3 when text[1] == '十' && Digits.IndexOf(text[0], StringComparison.Ordinal) > 0 && Digits.IndexOf(text[2], StringComparison.Ordinal) > 0 =>
                (Digits.IndexOf(text[0], StringComparison.Ordinal) * 10) + Digits.IndexOf(text[2], StringComparison.Ordinal),
            _ => null,
        };
    }
}
