using ServiceBot.Language.Entities;
using ServiceBot.Language.Intents;

namespace ServiceBot.Language.Understanding;

/// <summary>
/// What one message says: its intent (with confidence and evidence), the entities in it, and — when it describes a
/// problem — the description without the parts that only identify the sender (company, code, name, phone), so a
/// dialog can file the problem text and ask only for what is still missing.
/// </summary>
public sealed record UnderstoodUtterance(string Text, IntentResult Intent, IReadOnlyList<Entity> Entities, string? ProblemText)
{
    /// <summary>A valid 统一社会信用代码 (its check character is right), normalised to upper case.</summary>
    public string? CreditCode => Entities.FirstOrDefault(e => e.Kind == EntityKind.CreditCode && e.IsValid)?.Value;

    /// <summary>A 统一社会信用代码 the user typed whose check character is wrong, to ask about.</summary>
    public Entity? InvalidCreditCode => Entities.FirstOrDefault(e => e.Kind == EntityKind.CreditCode && !e.IsValid);

    public string? Company => First(EntityKind.Company)?.Value;

    public string? Person => First(EntityKind.Person)?.Value;

    public string? Mobile => First(EntityKind.Mobile)?.Value;

    public string? Landline => First(EntityKind.Landline)?.Value;

    /// <summary>The full name of the first town or street mentioned.</summary>
    public string? Place => First(EntityKind.Place)?.Value;

    public IEnumerable<Entity> Amounts => All(EntityKind.Amount);

    public IEnumerable<Entity> Dates => All(EntityKind.Date);

    public Entity? First(EntityKind kind) => Entities.FirstOrDefault(e => e.Kind == kind);

    public IEnumerable<Entity> All(EntityKind kind) => Entities.Where(e => e.Kind == kind);
}
