using System.Security.Cryptography;
using System.Text;

namespace ServiceBot.Benchmarks;

/// <summary>
/// Stratified k-fold splits of a training set: per label, items ordered by the hash of their text, dealt
/// round-robin. Another <c>repetition</c> salts the hash, which deals different folds: averaging over a few
/// repetitions makes small differences between variants less a matter of which items share a fold.
/// </summary>
internal static class CrossValidation
{
    public static IEnumerable<(List<T> Train, List<T> Test)> Folds<T>(IReadOnlyList<T> items, Func<T, string> label, Func<T, string> text, int k, int repetition = 0)
        where T : notnull
    {
        var fold = new Dictionary<T, int>();
        foreach (var group in items.GroupBy(label))
        {
            var i = 0;
            foreach (var item in group.OrderBy(t => Hash(repetition == 0 ? text(t) : $"{repetition}:{text(t)}"), StringComparer.Ordinal))
            {
                fold[item] = i++ % k;
            }
        }

        for (var f = 0; f < k; f++)
        {
            yield return (items.Where(t => fold[t] != f).ToList(), items.Where(t => fold[t] == f).ToList());
        }
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
