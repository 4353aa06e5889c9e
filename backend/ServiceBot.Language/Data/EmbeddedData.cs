using System.Text.Json;

namespace ServiceBot.Language.Data;

/// <summary>
/// Reads the data files compiled into this assembly under <c>Data/</c>: labelled sets (JSON lines), vocabularies
/// (JSON), and word lists (text: synonyms, stop phrases, boilerplate patterns, bureau aliases).
/// </summary>
internal static class EmbeddedData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static T Read<T>(string path)
    {
        using var stream = Open(path);
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"Data/{path} is empty.");
    }

    public static IReadOnlyList<T> ReadLines<T>(string path)
    {
        var name = "Data/" + path;
        using var reader = new StreamReader(Open(path));
        var items = new List<T>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            items.Add(JsonSerializer.Deserialize<T>(line, Options) ?? throw new InvalidDataException($"{name}:{number} is not a JSON object."));
        }

        return items;
    }

    /// <summary>The non-empty lines of a text list that are not comments (<c>#</c>), trimmed.</summary>
    public static IEnumerable<string> ReadTextLines(string path)
    {
        using var reader = new StreamReader(Open(path));
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                yield return trimmed;
            }
        }
    }

    private static Stream Open(string path)
    {
        var name = "Data/" + path;
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing; available: {string.Join(", ", Names())}.");
    }

    private static IEnumerable<string> Names() => typeof(EmbeddedData).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("Data/", StringComparison.Ordinal));
}
