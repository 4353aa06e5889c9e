using System.Text.RegularExpressions;
using ServiceBot.Language.Data;
using ServiceBot.Language.Text;

namespace ServiceBot.Language.Organizations;

/// <summary>
/// Maps the names documents give responsible units (区经信局, 县经济和信息化局, 区自然资源和规划分局,
/// 市生态环境局上虞分局) to the bureau catalog. Both sides are reduced to a canonical form: region prefixes
/// (上虞区, 县, 市…) and national prefixes (国家税务总局, 国网) dropped, "…局…分局" read as the bureau, known
/// abbreviations expanded (data file <c>bureau-abbreviations.txt</c>). Equal canonical forms match; otherwise a
/// clearly most similar catalog name above <see cref="MinimumSimilarity"/> does. Units the catalog lacks (区总工会,
/// 上虞海关) match nothing rather than something wrong.
/// </summary>
public sealed partial class BureauNameMatcher
{
    /// <summary>Dice similarity of character bigrams needed for a name that is not canonically equal.</summary>
    public const double MinimumSimilarity = 0.8;

    private static readonly Lazy<IReadOnlyList<(string Short, string Long)>> Abbreviations = new(() =>
        EmbeddedData.ReadTextLines("Organizations/Data/bureau-abbreviations.txt")
            .Select(l => l.Split("=>", 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2 && p[0].Length > 0)
            .Select(p => (p[0], p[1]))
            .OrderByDescending(p => p.Item1.Length)
            .ToList());

    private readonly List<(BureauName Bureau, string Canonical)> _catalog;

    public BureauNameMatcher(IEnumerable<BureauName> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog
            .SelectMany(b => Variants(b.Name).Select(v => (Bureau: b, Canonical: Canonical(v))))
            .Where(e => e.Canonical.Length > 0)
            .ToList();
    }

    public BureauMatch? Match(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var canonical = Canonical(name);
        if (canonical.Length < 2)
        {
            return null;
        }

        var exact = _catalog.Where(e => e.Canonical == canonical).Select(e => e.Bureau).Distinct().ToList();
        if (exact.Count == 1)
        {
            return new BureauMatch(exact[0].Code, exact[0].Name, BureauMatchKind.Canonical, 1);
        }

        var ranked = _catalog
            .Select(e => (e.Bureau, Similarity: Similarity(canonical, e.Canonical)))
            .GroupBy(e => e.Bureau.Code)
            .Select(g => g.MaxBy(e => e.Similarity))
            .OrderByDescending(e => e.Similarity)
            .ToList();
        if (ranked.Count == 0 || ranked[0].Similarity < MinimumSimilarity)
        {
            return null;
        }

        // Two catalog names almost equally close: the name is ambiguous, and a wrong bureau is worse than none.
        if (ranked.Count > 1 && ranked[0].Similarity - ranked[1].Similarity < 0.1)
        {
            return null;
        }

        return new BureauMatch(ranked[0].Bureau.Code, ranked[0].Bureau.Name, BureauMatchKind.Similar, ranked[0].Similarity);
    }

    /// <summary>The form names are compared in: 区经信局 → 经济和信息化局; 市生态环境局县分局 → 生态环境局.</summary>
    public static string Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = ChineseText.Normalize(name).Replace(" ", string.Empty, StringComparison.Ordinal);
        text = NationalPrefixRegex().Replace(text, string.Empty);
        text = RegionPrefixRegex().Replace(text, string.Empty);
        text = LevelPrefixRegex().Replace(text, string.Empty);
        text = BranchRegex().Replace(text, "局");
        foreach (var (shortForm, longForm) in Abbreviations.Value)
        {
            if (text.Contains(shortForm, StringComparison.Ordinal) && !text.Contains(longForm, StringComparison.Ordinal))
            {
                text = text.Replace(shortForm, longForm, StringComparison.Ordinal);
                break;
            }
        }

        return text;
    }

    /// <summary>"县三服务办(企业综合服务中心)" is known by both names.</summary>
    private static IEnumerable<string> Variants(string name)
    {
        var match = ParenthesesRegex().Match(name);
        if (!match.Success)
        {
            return [name];
        }

        return [name[..match.Index] + name[(match.Index + match.Length)..], match.Groups["inner"].Value];
    }

    private static double Similarity(string a, string b)
    {
        var x = Bigrams(a);
        var y = Bigrams(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var common = x.Intersect(y, StringComparer.Ordinal).Count();
        return 2.0 * common / (x.Count + y.Count);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 <= text.Length; i++)
        {
            set.Add(text.Substring(i, 2));
        }

        return set;
    }

    [GeneratedRegex(@"^(?:国家税务总局|国网|中国人民银行|中共)")]
    private static partial Regex NationalPrefixRegex();

    // A named place: 浙江省, 绍兴市, 上虞区, 浦江县 (two or three characters before the level), possibly several.
    [GeneratedRegex(@"^(?:[\u4e00-\u9fff]{2,3}?[省市](?=[\u4e00-\u9fff]{2}))?(?:[\u4e00-\u9fff]{2,3}?[县区](?=[\u4e00-\u9fff]{3}))?")]
    private static partial Regex RegionPrefixRegex();

    // The bare level: 县经信局, 区税务局, 市生态环境局 — but not 市场监管局 or 区域….
    [GeneratedRegex(@"^[县区市镇](?![场域])")]
    private static partial Regex LevelPrefixRegex();

    // 生态环境局县分局, 生态环境局上虞分局, 自然资源和规划分局: the bureau itself.
    [GeneratedRegex(@"(?:局[\u4e00-\u9fff]{1,3}?分局|分局)$")]
    private static partial Regex BranchRegex();

    [GeneratedRegex(@"[（(](?<inner>[^）)]+)[）)]")]
    private static partial Regex ParenthesesRegex();
}
