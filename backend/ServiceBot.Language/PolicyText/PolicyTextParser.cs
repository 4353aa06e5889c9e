namespace ServiceBot.Language.PolicyText;

/// <summary>
/// A policy file's lines → its metadata and parts: web-page furniture stripped first, then the header and
/// signature read as metadata, then the body split into numbered parts.
/// </summary>
public static class PolicyTextParser
{
    public static ParsedPolicy Parse(PolicySource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var cleaned = Boilerplate.Strip(source.Lines);
        var (metadata, body) = PolicyMetadataExtractor.Extract(cleaned.Lines, source.Hints, source.Hints.Publisher ?? cleaned.Publisher);
        var articles = PolicyStructureSplitter.Split(body);
        return new ParsedPolicy(metadata, articles, cleaned.Removed);
    }
}
