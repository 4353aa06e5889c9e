namespace ServiceBot.Language.Entities;

/// <summary>
/// Something recognised in a message: what kind, the text as the user typed it, where it starts in the message,
/// and its normalised value (digits of a phone number, the full name of a town, a date as yyyy-MM-dd…).
/// </summary>
public sealed record Entity(EntityKind Kind, string Text, int Start, string Value)
{
    public int End => Start + Text.Length;

    /// <summary>False for a 统一社会信用代码 whose check character is wrong, so a dialog can ask to check it.</summary>
    public bool IsValid { get; init; } = true;

    /// <summary>An amount in yuan (600多万 → 6000000).</summary>
    public decimal? Amount { get; init; }

    /// <summary>The day a date means, or the first day of a period (下个月 → the 1st).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The last day of a period (下个月 → its last day; 三天内 → three days from today); null for a single day.</summary>
    public DateOnly? EndDate { get; init; }

    internal bool Overlaps(Entity other) => Start < other.End && other.Start < End;
}
