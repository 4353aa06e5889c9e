using ServiceBot.Language.PolicyText;

namespace ServiceBot.Infrastructure.Policies;

/// <summary>Plain text: one line per line; lines with two or more "|" are table rows.</summary>
internal static class PlainTextPolicyReader
{
    public static PolicySource Read(ReadOnlySpan<byte> content) => PolicySource.FromPlainText(PolicyTextDecoding.Decode(content));
}
