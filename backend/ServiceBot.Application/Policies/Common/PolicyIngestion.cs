using System.Security.Cryptography;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Policies;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Application.Policies.Common;

/// <summary>
/// A policy file → the content of a document version: read by format, web-page furniture stripped, split into its
/// numbered parts, metadata read from the text and overridden by what the uploader says, the validity resolved to
/// dates, and the responsible units recognised as catalog bureaus.
/// </summary>
public sealed class PolicyIngestion(IPolicyFileReader reader, IApplicationDbContext db)
{
    public async Task<Result<PolicyVersionContent>> ReadAsync(
        string fileName, ReadOnlyMemory<byte> content, PolicyMetadataInput? metadata, string? sourceFileKey, CancellationToken cancellationToken)
    {
        var read = reader.Read(fileName, content);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var overrides = metadata ?? PolicyMetadataInput.None;
        var source = read.Value;
        var hints = source.Hints with
        {
            Title = Blank(overrides.Title) ?? source.Hints.Title,
            IssuingBody = Blank(overrides.IssuingBody) ?? source.Hints.IssuingBody,
            IssuedOn = overrides.IssuedOn ?? source.Hints.IssuedOn,
        };
        var parsed = PolicyTextParser.Parse(source with { Hints = hints });
        var catalog = await BureauCatalog.LoadAsync(db, cancellationToken).ConfigureAwait(false);

        var meta = parsed.Metadata;
        var from = overrides.EffectiveFrom ?? meta.Validity.ResolveEffectiveFrom(meta.IssuedOn);
        var until = overrides.EffectiveUntil ?? meta.Validity.ResolveEffectiveUntil(from);
        var articles = parsed.Articles.Select(a => new PolicyArticleContent(
                Map(a.Kind),
                a.Number,
                a.Citation,
                a.Heading,
                a.Context,
                a.Text,
                a.ResponsibleUnits,
                a.ResponsibleUnits.Select(u => catalog.Matcher.Match(u)?.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        return new PolicyVersionContent(
            (meta.Title ?? string.Empty).Trim(),
            meta.DocumentNumber,
            meta.IssuingBody,
            meta.Publisher,
            Blank(overrides.Region) ?? meta.Region,
            meta.IssuedOn,
            new PolicyValidity(from, until, meta.Validity.Clause),
            Path.GetFileName(fileName),
            Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant(),
            sourceFileKey,
            Convert.ToHexStringLower(SHA256.HashData(content.Span)),
            articles);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static PolicyArticleKind Map(ParsedArticleKind kind) => kind switch
    {
        ParsedArticleKind.Preamble => PolicyArticleKind.Preamble,
        ParsedArticleKind.Table => PolicyArticleKind.Table,
        ParsedArticleKind.Closing => PolicyArticleKind.Closing,
        _ => PolicyArticleKind.Article,
    };
}
