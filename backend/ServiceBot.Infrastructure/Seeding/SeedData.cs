namespace ServiceBot.Infrastructure.Seeding;

/// <summary>The data files shipped inside the assembly (under <c>Seeding/Data</c>), so a fresh machine needs nothing else.</summary>
public static class SeedData
{
    public const string Bureaus = "bureaus.json";
    public const string Holidays = "cn-holidays-2025-2026.json";

    public static string ReadText(string name)
    {
        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Stream Open(string name) =>
        typeof(SeedData).Assembly.GetManifestResourceStream($"Seed/{name}")
        ?? throw new InvalidOperationException($"Seed file {name} is not embedded.");

    public static IEnumerable<string> Names(string folder) =>
        typeof(SeedData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith($"Seed/{folder}/", StringComparison.Ordinal))
            .Select(n => n["Seed/".Length..]);
}
