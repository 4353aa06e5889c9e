namespace ServiceBot.Language.Entities;

/// <summary>
/// Towns, townships and streets of the county from the configured gazetteer. People often drop the 镇/乡/街道
/// (“我们在黄宅工业区”), so a name is also found without its suffix when at least two characters remain; the value is
/// always the full name. Longer names win, so 郑家坞镇 is never read as 郑宅.
/// </summary>
internal sealed class PlaceRecognizer
{
    private static readonly string[] Suffixes = ["街道", "镇", "乡"];

    private readonly (string Form, string Name)[] _forms;

    public PlaceRecognizer(IEnumerable<string> gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var forms = new List<(string, string)>();
        foreach (var name in gazetteer.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            forms.Add((name, name));
            var suffix = Suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal));
            if (suffix is not null && name.Length - suffix.Length >= 2)
            {
                forms.Add((name[..^suffix.Length], name));
            }
        }

        _forms = [.. forms.OrderByDescending(f => f.Item1.Length)];
    }

    public IEnumerable<Entity> Find(string folded)
    {
        var taken = new bool[folded.Length];
        var found = new List<Entity>();
        foreach (var (form, name) in _forms)
        {
            for (var at = folded.IndexOf(form, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(form, at + 1, StringComparison.Ordinal))
            {
                if (!taken.AsSpan(at, form.Length).Contains(true))
                {
                    taken.AsSpan(at, form.Length).Fill(true);
                    found.Add(new Entity(EntityKind.Place, form, at, name));
                }
            }
        }

        return found.OrderBy(e => e.Start);
    }
}
