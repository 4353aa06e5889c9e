using ServiceBot.Domain.Common;

namespace ServiceBot.Domain.Cases;

public sealed partial class Case
{
    /// <summary>Checks a required free text (a reason, an answer, an instruction) and returns it trimmed.</summary>
    private static Result<string> RequireText(string? text, string what, int minLength = 2)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length < minLength)
        {
            return Error.Validation("case.text.required", $"请填写{what}。");
        }

        return trimmed.Length > MaxNoteLength
            ? Error.Validation("case.text.tooLong", $"{what}不能超过{MaxNoteLength}个字。")
            : trimmed;
    }
}
