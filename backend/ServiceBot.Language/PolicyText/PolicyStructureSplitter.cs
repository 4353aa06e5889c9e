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

    private static List<ParsedArticle> Build(Node root, List<string> preamble, List<string> closing)
    {
        var drafts = new List<Draft>();
        if (preamble.Count > 0)
        {
            drafts.Add(new Draft(ParsedArticleKind.Preamble, string.Empty, ["序言"], null, [], string.Join('\n', preamble), null));
        }

        AddTables(root, [], [], drafts);
        foreach (var node in root.Items.OfType<Node>())
        {
            Walk(node, [], [], drafts);
        }

        if (closing.Count > 0)
        {
            drafts.Add(new Draft(ParsedArticleKind.Closing, string.Empty, ["附则"], "施行与有效期", [], string.Join('\n', closing), null));
        }

        var allPaths = drafts.Where(d => d.Kind == ParsedArticleKind.Article).Select(d => d.Path)
            .Concat(CollectPaths(root, []))
            .Distinct(PathComparer.Instance)
            .ToList();
        var continuousArabic = IsNumberedStraightThrough(root);
        var articles = new List<ParsedArticle>(drafts.Count);
        foreach (var draft in drafts)
        {
            var (text, units) = ResponsibleUnits.Extract(draft.Text);
            if (draft.Kind == ParsedArticleKind.Article && text.Length == 0 && draft.HasChildren)
            {
                continue;
            }

            var citation = draft.Kind == ParsedArticleKind.Article ? Cite(draft, allPaths, continuousArabic) : string.Concat(draft.Path);
            articles.Add(new ParsedArticle(articles.Count + 1, draft.Kind, draft.Number, draft.Path, citation, draft.Heading, draft.Context, text, units));
        }

        return articles;
    }

    private static void Walk(Node node, List<string> path, List<string> context, List<Draft> drafts)
    {
        var myPath = path.Append(node.PathLabel).ToList();
        drafts.Add(new Draft(ParsedArticleKind.Article, node.Label?.Label ?? string.Empty, myPath, node.Heading, context, string.Join('\n', node.Body), node.Label)
        {
            HasChildren = node.Items.Count > 0,
        });
        var myContext = context.Append(node.Display).ToList();
        AddTables(node, myPath, myContext, drafts);
        foreach (var child in node.Items.OfType<Node>())
        {
            Walk(child, myPath, myContext, drafts);
        }
    }

    private static void AddTables(Node node, List<string> path, List<string> context, List<Draft> drafts)
    {
        var tables = node.Items.OfType<Table>().ToList();
        for (var t = 0; t < tables.Count; t++)
        {
            var label = tables.Count == 1 ? "附表" : $"附表{t + 1}";
            var text = string.Join('\n', tables[t].Rows);
            drafts.Add(new Draft(ParsedArticleKind.Table, label, path.Append(label).ToList(), tables[t].Caption, context, text, null));
        }
    }

    private static IEnumerable<List<string>> CollectPaths(Node node, List<string> path)
    {
        foreach (var child in node.Items.OfType<Node>())
        {
            var childPath = path.Append(child.PathLabel).ToList();
            yield return childPath;
            foreach (var deeper in CollectPaths(child, childPath))
            {
                yield return deeper;
            }
        }
    }

    /// <summary>The Pujiang form: "1." … "28." running through every section, so "第20条" is unambiguous.</summary>
    private static bool IsNumberedStraightThrough(Node root)
    {
        var arabic = new List<int>();
        Collect(root);
        return arabic.Count > 0 && arabic.SequenceEqual(Enumerable.Range(arabic[0], arabic.Count));

        void Collect(Node node)
        {
            foreach (var child in node.Items.OfType<Node>())
            {
                if (child.Label?.Style == NumberingStyle.Arabic)
                {
                    arabic.Add(child.Label.Value);
                }

                Collect(child);
            }
        }
    }

    private static string Cite(Draft draft, List<List<string>> allPaths, bool continuousArabic)
    {
        if (draft.Label is { Style: NumberingStyle.Arabic } arabic && continuousArabic)
        {
            return $"第{arabic.Value}条";
        }

        if (draft.Label is { Style: NumberingStyle.Article })
        {
            return draft.Label.Label;
        }

        // Numbers that restart under each heading ("1." under every "（一）") are cited with their parent even when
        // unique, so "（一）6." reads like its siblings "（一）1." … "（一）5.". Unnumbered headings are text and
        // usually unique on their own.
        var unnumbered = draft.Label is { Style: NumberingStyle.Heading };
        for (var length = unnumbered ? 1 : Math.Min(2, draft.Path.Count); length <= draft.Path.Count; length++)
        {
            var tail = draft.Path.Skip(draft.Path.Count - length).ToList();
            if (allPaths.Count(p => p.Count >= length && p.Skip(p.Count - length).SequenceEqual(tail)) == 1)
            {
                return unnumbered ? string.Join(" / ", tail) : string.Concat(tail);
            }
        }

        return unnumbered ? string.Join(" / ", draft.Path) : string.Concat(draft.Path);
    }

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
