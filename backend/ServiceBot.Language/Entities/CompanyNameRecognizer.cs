using ServiceBot.Language.Text;

namespace ServiceBot.Language.Entities;

/// <summary>
/// Company names found by their legal-form suffix (有限公司, 股份有限公司, 集团, 厂, 合作社…) and extended to the left
/// over the name until a boundary: punctuation, or a word that introduces a name (我是, 我们, 来自, 的, 是…). A bare
/// 公司/厂/集团 is a name only when enough distinctive characters precede it, so “我们公司”, “一家锁厂”,
/// “担保公司” and “厂房” are not taken for names.
/// </summary>
internal static class CompanyNameRecognizer
{
    private const int MaxLength = 40;

    private static readonly Suffix[] Suffixes =
    [
        new("股份有限公司", 2), new("有限责任公司", 2), new("集团有限公司", 2), new("有限公司", 2), new("集团公司", 2),
        new("分公司", 4, Bare: true), new("公司", 4, Bare: true), new("集团", 2, Bare: true, NotFollowedBy: "化内"),
        new("合作社", 2, Bare: true), new("工作室", 2, Bare: true), new("经营部", 2, Bare: true), new("商行", 2, Bare: true),
        new("厂", 3, Bare: true, NotFollowedBy: "房区里长家内外门商址矿部级办子"),
    ];

    /// <summary>Words after which a name starts; the name is what follows the last one.</summary>
    private static readonly string[] Boundaries =
    [
        "我是", "我们是", "我们", "我司", "本人", "来自", "这里是", "这边是", "这是", "代表", "关于", "咨询", "一下", "一家", "这家",
        "那家", "某家", "隔壁", "外地", "是", "在", "的", "给", "跟", "和", "与", "找", "替", "叫", "了", "被", "对", "去", "到",
        "从", "把", "将", "让", "请", "问", "由", "说", "帮", "称",
    ];

    /// <summary>What a bare 公司/厂 says about a kind of business rather than a name.</summary>
    private static readonly string[] GenericEndings = ["担保", "租赁", "物流", "快递", "保险", "投资", "中介", "供电", "维保", "施工", "设计", "评估", "房地产", "电力", "燃气", "自来水"];

    public static IEnumerable<Entity> Find(string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            var suffix = Suffixes.FirstOrDefault(s => string.CompareOrdinal(folded, i, s.Text, 0, s.Text.Length) == 0);
            if (suffix is null)
            {
                continue;
            }

            var end = i + suffix.Text.Length;
            if (end < folded.Length && suffix.NotFollowedBy.Contains(folded[end], StringComparison.Ordinal))
            {
                continue;
            }

            var start = NameStart(folded, i);
            var name = folded[start..i];
            if (Acceptable(name, suffix))
            {
                yield return new Entity(EntityKind.Company, folded[start..end], start, folded[start..end]);
            }

            i = end - 1;
        }
    }

    private static int NameStart(string text, int suffixAt)
    {
        var start = suffixAt;
        while (start > 0 && suffixAt - start < MaxLength && IsNameChar(text[start - 1]))
        {
            start--;
        }

        // The name begins after the last boundary word inside the run.
        var cut = start;
        for (var p = start; p < suffixAt; p++)
        {
            foreach (var boundary in Boundaries)
            {
                if (p + boundary.Length <= suffixAt && string.CompareOrdinal(text, p, boundary, 0, boundary.Length) == 0)
                {
                    cut = Math.Max(cut, p + boundary.Length);
                }
            }
        }

        return cut;
    }

    private static bool IsNameChar(char c) => ChineseText.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '(' or ')' or '（' or '）';

    private static bool Acceptable(string name, Suffix suffix)
    {
        var letters = name.Count(c => ChineseText.IsHan(c) || char.IsAsciiLetter(c));
        if (letters < suffix.MinName)
        {
            return false;
        }

        return !suffix.Bare || !GenericEndings.Any(g => name.EndsWith(g, StringComparison.Ordinal));
    }

    private sealed record Suffix(string Text, int MinName, bool Bare = false, string NotFollowedBy = "");
}
