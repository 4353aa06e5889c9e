namespace ServiceBot.Language;

/// <summary>The data files shipped inside this assembly (synonyms, stop phrases, boilerplate patterns, bureau aliases).</summary>
internal static class EmbeddedData
{
    /// <summary>Non-empty lines that are not comments (<c>#</c>).</summary>
    public static IEnumerable<string> ReadLines(string name) => Lines(Open(name));

    public static IEnumerable<string> Lines(Stream stream)
    {
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                yield return trimmed;
            }
        }
    }

    private static Stream Open(string name) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream("Data/" + name)
        ?? throw new InvalidOperationException($"Data file {name} is not embedded.");
}
