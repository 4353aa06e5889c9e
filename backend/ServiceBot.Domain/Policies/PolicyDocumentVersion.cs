namespace ServiceBot.Domain.Policies;

/// <summary>
/// One version of a policy document: its metadata as of that version, where it came from, and its articles.
/// Versions are never changed or deleted; replacing a document adds a version.
/// </summary>
public sealed class PolicyDocumentVersion
{
    private readonly List<PolicyArticle> _articles = [];

    private PolicyDocumentVersion()
    {
        Title = string.Empty;
        SourceFileName = string.Empty;
        SourceFormat = string.Empty;
        ContentHash = string.Empty;
        ImportedBy = string.Empty;
    }

    internal PolicyDocumentVersion(Guid documentId, int number, PolicyVersionContent content, DateTimeOffset at, string by)
    {
        Id = Guid.NewGuid();
        DocumentId = documentId;
        Number = number;
        Title = content.Title;
        DocumentNumber = content.DocumentNumber;
        IssuingBody = content.IssuingBody;
        Publisher = content.Publisher;
        Region = content.Region;
        IssuedOn = content.IssuedOn;
        EffectiveFrom = content.Validity.EffectiveFrom;
        EffectiveUntil = content.Validity.EffectiveUntil;
        ValidityClause = content.Validity.Clause;
        SourceFileName = content.SourceFileName;
        SourceFormat = content.SourceFormat;
        SourceFileKey = content.SourceFileKey;
        ContentHash = content.ContentHash;
        ImportedAt = at;
        ImportedBy = by;
        var ordinal = 0;
        foreach (var article in content.Articles)
        {
            _articles.Add(new PolicyArticle(Id, ++ordinal, article));
        }
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    /// <summary>1 for the first upload, then 2, 3 … for each replacement.</summary>
    public int Number { get; private set; }

    public string Title { get; private set; }

    /// <summary>文号, e.g. 浦政发〔2021〕5号.</summary>
    public string? DocumentNumber { get; private set; }

    /// <summary>发文机关.</summary>
    public string? IssuingBody { get; private set; }

    /// <summary>Who published the text (the "来源" of a web page).</summary>
    public string? Publisher { get; private set; }

    /// <summary>The county or district it applies to (浦江县, 上虞区).</summary>
    public string? Region { get; private set; }

    /// <summary>成文或公布日期.</summary>
    public DateOnly? IssuedOn { get; private set; }

    public DateOnly? EffectiveFrom { get; private set; }

    public DateOnly? EffectiveUntil { get; private set; }

    /// <summary>The sentence that states the validity ("本方案自公布之日起30日后施行，有效期至2023年12月31日。").</summary>
    public string? ValidityClause { get; private set; }

    public string SourceFileName { get; private set; }

    /// <summary>txt, md, html or docx.</summary>
    public string SourceFormat { get; private set; }

    /// <summary>Where the uploaded file is kept (file storage key); null for shipped seed documents.</summary>
    public string? SourceFileKey { get; private set; }

    /// <summary>SHA-256 of the source file, hex: the same file is never imported twice.</summary>
    public string ContentHash { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public string ImportedBy { get; private set; }

    public IReadOnlyList<PolicyArticle> Articles => _articles;

    public PolicyValidity Validity => new(EffectiveFrom, EffectiveUntil, ValidityClause);
}
