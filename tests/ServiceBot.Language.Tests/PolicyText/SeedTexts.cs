using ServiceBot.Language.PolicyText;

namespace ServiceBot.Language.Tests.PolicyText;

/// <summary>The two shipped seed documents, read from the product's embedded copies.</summary>
internal static class SeedTexts
{
    public const string Pujiang = "pujiang-industrial-county-opinions";
    public const string Shangyu = "shangyu-manufacturing-action-plan";

    public static string Text(string key) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "seeds", key + ".txt"));

    public static ParsedPolicy Parse(string key) => PolicyTextParser.Parse(PolicySource.FromPlainText(Text(key)));
}
