using System.Text.RegularExpressions;

namespace ServiceBot.Language.PolicyText;

/// <summary>
/// Splits the body of a policy text into its parts by the way Chinese policy texts number them (第X章, 第X条, 一、,
/// （一）, 1., （1）, ①, or unnumbered headings by markup). The hierarchy is learnt from the order in which the styles
/// appear: a style seen before closes the parts below it, a new style opens a level below the current part. An
/// indicator table stays whole with its caption; the closing provisions become one part.
/// </summary>
public static partial class PolicyStructureSplitter
{
    public static IReadOnlyList<ParsedArticle> Split(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var root = new Node(null, string.Empty, null);
        var stack = new List<Node>();
        var preamble = new List<string>();
        var closing = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var current = stack.Count > 0 ? stack[^1] : root;
            if (line.Kind == SourceLineKind.TableRow)
            {
                var rows = new List<string>();
                while (i < lines.Count && lines[i].Kind == SourceLineKind.TableRow)
                {
                    if (!TableRows.IsSeparator(lines[i].Text))
                    {
                        rows.Add(string.Join(SourceLine.CellSeparator, TableRows.Cells(lines[i].Text)));
                    }

                    i++;
                }

                i--;
                var body = current == root ? preamble : current.Body;
                var caption = body.Count > 0 && IsCaption(body[^1]) ? body[^1] : null;
                if (caption is not null)
                {
                    body.RemoveAt(body.Count - 1);
                }

                current.Items.Add(new Table(caption, rows));
                continue;
            }

            var label = Numbering.Recognize(line.Text);
            if (label is null && line.Kind == SourceLineKind.Heading)
            {
                label = new NumberedLabel(NumberingStyle.Heading, 0, string.Empty, line.Text) { LevelKey = $"Heading{line.HeadingLevel}" };
            }

            if (label is not null)
            {
                var level = stack.FindIndex(n => n.LevelKey == label.LevelKey);
                if (level >= 0)
                {
                    stack.RemoveRange(level, stack.Count - level);
                }

                var parent = stack.Count > 0 ? stack[^1] : root;
                var (heading, rest) = label.Style == NumberingStyle.Heading ? (line.Text.TrimEnd('。', '：', ':'), string.Empty) : SplitHeading(label.Rest);
                var node = new Node(label, heading, label.LevelKey);
                if (rest.Length > 0)
                {
                    node.Body.Add(rest);
                }

                parent.Items.Add(node);
                stack.Add(node);
                continue;
            }

            if (ClosingRegex().IsMatch(line.Text))
            {
                closing.Add(line.Text);
                continue;
            }

            (current == root ? preamble : current.Body).Add(line.Text);
        }

        return Build(root, preamble, closing);
    }

    /// <summary>"加强工业用地保障。开展…" → the short title before the first full stop, and the rest.</summary>
    public static (string? Heading, string Body) SplitHeading(string rest)
    {
        ArgumentNullException.ThrowIfNull(rest);
        var text = rest.Trim();
        if (text.Length == 0)
        {
            return (null, string.Empty);
        }

        var stop = text.IndexOfAny(['。', '：', ':']);
        if (stop > 0 && stop <= MaxHeadingLength && text[..stop].IndexOfAny(['，', ',']) < 0)
        {
            return (text[..stop], text[(stop + 1)..].Trim());
        }

        if (stop < 0 && text.Length <= MaxHeadingLength && text.IndexOfAny(['，', ',']) < 0 && !text.EndsWith('；') && !text.EndsWith(';'))
        {
            return (text, string.Empty);
        }

        return (null, text);
    }

    private const int MaxHeadingLength = 40;

    private static bool IsCaption(string line) =>
        line.Length <= 60 && !line.EndsWith('。') && !line.EndsWith('；') && !line.EndsWith('，') && Numbering.Recognize(line) is null;

    [GeneratedRegex(@"^本(?:实施)?(?:方案|意见|若干意见|办法|规定|细则|通知|措施|若干措施|政策|决定|规划|计划|条例)[^。]*(?:施行|实施|执行|生效|有效期|解释|废止|失效)")]
    private static partial Regex ClosingRegex();

    private sealed class Node(NumberedLabel? label, string? heading, string? levelKey)
    {
        public NumberedLabel? Label { get; } = label;

        public string? Heading { get; } = heading;

        public string? LevelKey { get; } = levelKey;

        public List<string> Body { get; } = [];

        public List<object> Items { get; } = [];

        public string PathLabel => Label is { Style: not NumberingStyle.Heading } l ? l.Label : Heading ?? string.Empty;

        /// <summary>"六、强化要素资源保障体系", "第二章 扶持标准": how the part is shown as context.</summary>
        public string Display => Label is { Style: not NumberingStyle.Heading } l
            ? l.Label + (Heading is { Length: > 0 } h ? (l.Style is NumberingStyle.Chapter or NumberingStyle.Article ? " " : string.Empty) + h : string.Empty)
            : Heading ?? string.Empty;
    }

    private sealed record Table(string? Caption, List<string> Rows);

    private sealed record Draft(ParsedArticleKind Kind, string Number, List<string> Path, string? Heading, List<string> Context, string Text, NumberedLabel? Label)
    {
        public bool HasChildren { get; init; }
    }

    private sealed class PathComparer : IEqualityComparer<List<string>>
    {
        public static PathComparer Instance { get; } = new();

        public bool Equals(List<string>? x, List<string>? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(List<string> obj) => obj.Aggregate(0, (h, s) => HashCode.Combine(h, s));
    }
}
