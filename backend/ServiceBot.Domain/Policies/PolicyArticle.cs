namespace ServiceBot.Domain.Policies;

/// <summary>
/// A retrievable part of one version of a policy document: a numbered article, the preamble, a table or the
/// closing provisions. <see cref="Citation"/> is how the document itself lets it be cited ("第20条", "（一）1.").
/// </summary>
public sealed class PolicyArticle
{
    public const int MaxTextLength = 20000;

    private PolicyArticle()
    {
        Number = string.Empty;
        Citation = string.Empty;
        Text = string.Empty;
    }

    internal PolicyArticle(Guid versionId, int ordinal, PolicyArticleContent content)
    {
        Id = Guid.NewGuid();
        VersionId = versionId;
        Ordinal = ordinal;
        Kind = content.Kind;
        Number = content.Number;
        Citation = content.Citation;
        Heading = content.Heading;
        Context = [.. content.Context];
        Text = content.Text;
        ResponsibleUnits = [.. content.ResponsibleUnits];
        ResponsibleBureauCodes = [.. content.ResponsibleBureauCodes];
    }

    public Guid Id { get; private set; }

    public Guid VersionId { get; private set; }

    /// <summary>Position in the document, from 1.</summary>
    public int Ordinal { get; private set; }

    public PolicyArticleKind Kind { get; private set; }

    /// <summary>The part's own number as written, canonical form ("20.", "（二）"); empty when unnumbered.</summary>
    public string Number { get; private set; }

    public string Citation { get; private set; }

    /// <summary>The part's short title (加强工业用地保障).</summary>
    public string? Heading { get; private set; }

    /// <summary>The headings of the parts it sits in, outermost first.</summary>
    public List<string> Context { get; private set; } = [];

    public string Text { get; private set; }

    /// <summary>The units the article names as responsible, as written (区经信局).</summary>
    public List<string> ResponsibleUnits { get; private set; } = [];

    /// <summary>The catalog bureaus those names were recognised as, in the order named (the first usually leads).</summary>
    public List<string> ResponsibleBureauCodes { get; private set; } = [];
}
