namespace ServiceBot.Language.PolicyText;

/// <summary>Turning the parsed tree into articles: what becomes a part, in which order, and how each is cited.</summary>
public static partial class PolicyStructureSplitter
{
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
}
