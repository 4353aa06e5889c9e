using System.Text.Json;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Benchmarks.Policies.Corpus;

/// <summary>The shipped seed documents, parsed as the product parses them, with the manifest's titles.</summary>
internal static class SeedCorpus
{
    public static IReadOnlyList<BenchArticle> Load()
    {
        var folder = RepositoryPaths.Of("backend", "ServiceBot.Infrastructure", "Seeding", "Data", "policies");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "policies.json")));
        var articles = new List<BenchArticle>();
        var n = 0;
        foreach (var entry in manifest.RootElement.GetProperty("documents").EnumerateArray())
        {
            var key = entry.GetProperty("key").GetString()!;
            var source = PolicySource.FromPlainText(File.ReadAllText(Path.Combine(folder, entry.GetProperty("file").GetString()!)));
            if (entry.TryGetProperty("title", out var title))
            {
                source = source with { Hints = new PolicySourceHints(Title: title.GetString()) };
            }

            var parsed = PolicyTextParser.Parse(source);
            var document = Guid.Parse($"00000000-0000-0000-0000-{++n:D12}");
            articles.AddRange(parsed.Articles.Select(a => new BenchArticle(
                Guid.Parse($"00000000-0000-0000-{n:D4}-{a.Ordinal:D12}"),
                document,
                key,
                a.Citation,
                a.Ordinal,
                parsed.Metadata.Title ?? key,
                string.Join(' ', a.Context.Append(a.Heading ?? string.Empty)),
                a.Text)));
        }

        return articles;
    }
}
