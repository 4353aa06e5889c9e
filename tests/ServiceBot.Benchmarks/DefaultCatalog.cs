using System.Text.Json;
using ServiceBot.Language.Triage;

namespace ServiceBot.Benchmarks;

/// <summary>The default bureau catalog (the seed <c>bureaus.json</c>) as triage profiles.</summary>
internal static class DefaultCatalog
{
    public static IReadOnlyList<BureauProfile> Load()
    {
        using var stream = typeof(DefaultCatalog).Assembly.GetManifestResourceStream("bureaus.json")!;
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("bureaus").EnumerateArray()
            .Select(b => new BureauProfile(b.GetProperty("code").GetString()!, b.GetProperty("name").GetString()!, b.GetProperty("duties").GetString()!))
            .ToList();
    }
}
