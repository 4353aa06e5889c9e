using System.Text;
using ServiceBot.Language.PolicyText;
using ServiceBot.Language.Text;

namespace ServiceBot.Benchmarks.Policies.Corpus;

/// <summary>
/// A large corpus that looks like policy text to the index: articles of 2–6 sentences drawn from the seed
/// documents, with about one character in six replaced by another character of the seeds (so the vocabulary of
/// bigrams grows as it would with more real documents) and the numbers changed; 25 articles per document.
/// Deterministic for a given seed.
/// </summary>
internal static class GeneratedCorpus
{
    public const int ArticlesPerDocument = 25;

    public static IReadOnlyList<BenchArticle> Generate(IReadOnlyList<BenchArticle> seeds, int count, int seed)
    {
        var random = new Random(seed);
        var sentences = seeds.SelectMany(a => SentenceSplitter.Split(a.Body)).Where(s => s.Length >= 8).ToArray();
        var headings = seeds.Select(a => a.Headings).Where(h => h.Length > 0).ToArray();
        var characters = string.Concat(seeds.Select(a => a.Body)).Where(ChineseText.IsHan).ToArray();
        var articles = new List<BenchArticle>(count);
        for (var d = 0; articles.Count < count; d++)
        {
            var document = Guid.Parse($"ffffffff-0000-0000-0000-{d:D12}");
            var title = $"关于{Mutate(headings[random.Next(headings.Length)], random, characters)}的若干意见（第{d + 1}号）";
            for (var i = 1; i <= ArticlesPerDocument && articles.Count < count; i++)
            {
                var body = new StringBuilder();
                for (var s = random.Next(2, 7); s > 0; s--)
                {
                    body.Append(Mutate(sentences[random.Next(sentences.Length)], random, characters));
                }

                articles.Add(new BenchArticle(
                    Guid.Parse($"ffffffff-0000-0000-{d % 10000:D4}-{i:D12}"),
                    document,
                    $"generated-{d}",
                    $"第{i}条",
                    i,
                    title,
                    Mutate(headings[random.Next(headings.Length)], random, characters),
                    body.ToString()));
            }
        }

        return articles;
    }

    private static string Mutate(string text, Random random, char[] characters)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (ChineseText.IsHan(chars[i]) && random.Next(6) == 0)
            {
                chars[i] = characters[random.Next(characters.Length)];
            }
            else if (char.IsAsciiDigit(chars[i]))
            {
                chars[i] = (char)('0' + random.Next(10));
            }
        }

        return new string(chars);
    }
}
