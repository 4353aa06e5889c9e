using ServiceBot.Language.Text;

namespace ServiceBot.Language.Entities;

/// <summary>
/// Runs every recogniser over a message and keeps one entity per stretch of text: where two overlap, the more
/// specific kind wins (a credit code over a phone number, a company name over the town inside it). Positions are
/// positions in the message as typed (full-width characters are folded one for one).
/// </summary>
public sealed class EntityExtractor
{
    private static readonly EntityKind[] Priority =
        [EntityKind.CreditCode, EntityKind.Mobile, EntityKind.Landline, EntityKind.Company, EntityKind.Amount, EntityKind.Date, EntityKind.Place, EntityKind.Person];

    private readonly PlaceRecognizer _places;
    private readonly CreditCodeRecognizer _creditCodes;

    /// <param name="gazetteer">The county's towns, townships and streets (e.g. 黄宅镇, 浦阳街道).</param>
    /// <param name="creditCodeValidator">
    /// Whether an 18-character candidate is a valid 统一社会信用代码 (its check character). Without one, every
    /// well-formed candidate counts as valid.
    /// </param>
    public EntityExtractor(IEnumerable<string>? gazetteer = null, Func<string, bool>? creditCodeValidator = null)
    {
        _places = new PlaceRecognizer(gazetteer ?? []);
        _creditCodes = new CreditCodeRecognizer(creditCodeValidator);
    }

    /// <param name="today">Today in the county, for relative dates.</param>
    public IReadOnlyList<Entity> Extract(string text, DateOnly today)
    {
        var folded = ChineseText.FoldWidth(text);
        if (folded.Length == 0)
        {
            return [];
        }

        var companies = CompanyNameRecognizer.Find(folded).ToList();
        var candidates = _creditCodes.Find(folded)
            .Concat(PhoneNumberRecognizer.Find(folded))
            .Concat(companies)
            .Concat(AmountRecognizer.Find(folded))
            .Concat(DateRecognizer.Find(folded, today))
            .Concat(_places.Find(folded))
            .Concat(PersonNameRecognizer.Find(folded, companies))
            .OrderBy(e => Array.IndexOf(Priority, e.Kind))
            .ThenByDescending(e => e.Text.Length)
            .ThenBy(e => e.Start);
        var chosen = new List<Entity>();
        foreach (var candidate in candidates)
        {
            if (!chosen.Any(c => c.Overlaps(candidate)))
            {
                chosen.Add(candidate with { Text = text.Substring(candidate.Start, candidate.Text.Length) });
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }
}
