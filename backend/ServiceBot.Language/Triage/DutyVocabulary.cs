using ServiceBot.Language.Data;

namespace ServiceBot.Language.Triage;

/// <summary>
/// The everyday words enterprises use for a bureau's duties (“跳闸” for 供电可靠性与停电, “没地” for 工业用地供应),
/// by bureau code (<c>Data/triage/duty-vocabulary.json</c>). Duties are written in administrative language; this
/// vocabulary bridges to how problems are actually described. A bureau missing here is matched on its duties alone.
/// </summary>
internal sealed class DutyVocabulary
{
    private static readonly Lazy<DutyVocabulary> DefaultVocabulary = new(() => new DutyVocabulary(EmbeddedData.Read<File>("triage/duty-vocabulary.json").Bureaus));

    private readonly Dictionary<string, IReadOnlyList<Entry>> _byCode;

    public DutyVocabulary(IEnumerable<Bureau> bureaus)
    {
        ArgumentNullException.ThrowIfNull(bureaus);
        _byCode = bureaus.ToDictionary(b => b.Code, b => b.Duties, StringComparer.Ordinal);
    }

    public static DutyVocabulary Empty { get; } = new([]);

    /// <summary>The vocabulary shipped with ServiceBot for the default catalog.</summary>
    public static DutyVocabulary Default => DefaultVocabulary.Value;

    public IReadOnlyList<Entry> For(string code) => _byCode.TryGetValue(code, out var entries) ? entries : [];

    /// <summary>The same vocabulary with only the words <paramref name="keep"/> accepts.</summary>
    public DutyVocabulary Where(Func<string, bool> keep) =>
        new(_byCode.Select(p => new Bureau(p.Key, p.Value.Select(e => e with { Words = e.Words.Where(keep).ToList() }).ToList())));

    /// <summary>The words for one duty of a bureau.</summary>
    public sealed record Entry(string Duty, IReadOnlyList<string> Words);

    public sealed record Bureau(string Code, IReadOnlyList<Entry> Duties);

    private sealed record File(IReadOnlyList<Bureau> Bureaus);
}
