using System.Text;
using ServiceBot.Language.Text;

namespace ServiceBot.Dialogs.Engine;

/// <summary>
/// The short answers people type to a yes/no question or an optional step, recognised the way they are typed: with or
/// without punctuation, spaces, full-width letters or a trailing particle (好的呀、不用了、跳过吧).
/// </summary>
internal static class Vocabulary
{
    private static readonly HashSet<string> Yes = new(
        ["是", "是的", "对", "对的", "好", "好的", "确认", "确定", "可以", "行", "嗯", "嗯嗯", "没问题", "同意", "要", "需要", "yes", "y", "ok", "okay", "是滴", "对头", "没错"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> No = new(
        ["否", "不", "不是", "不对", "不要", "不用", "不需要", "没有", "no", "n", "不行", "不可以", "错了", "不同意", "还没", "没"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Skip = new(
        ["跳过", "没有", "无", "不用", "不需要", "没了", "完成", "好了", "不上传", "暂无", "略", "没有了", "不补充", "不用了", "就这样", "没有附件", "没有照片"],
        StringComparer.Ordinal);

    private const string TrailingParticles = "吧啊呀呢哦了的嘛哈啦";

    /// <summary>The input reduced to what matters for matching short answers: no spaces or punctuation, lower case, no trailing particle or thanks.</summary>
    public static string Key(string? input)
    {
        var normalized = ChineseText.Normalize(input);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                sb.Append(c);
            }
        }

        var key = sb.ToString();
        foreach (var thanks in (string[])["谢谢你", "谢谢", "麻烦了"])
        {
            if (key.Length > thanks.Length && key.EndsWith(thanks, StringComparison.Ordinal))
            {
                key = key[..^thanks.Length];
            }
        }

        while (key.Length > 1 && TrailingParticles.Contains(key[^1], StringComparison.Ordinal))
        {
            key = key[..^1];
        }

        return key;
    }

    public static bool IsYes(string? input) => Yes.Contains(Key(input));

    public static bool IsNo(string? input) => No.Contains(Key(input));

    public static bool IsSkip(string? input) => Skip.Contains(Key(input));
}
