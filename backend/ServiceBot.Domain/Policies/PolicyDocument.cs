using ServiceBot.Domain.Common;

namespace ServiceBot.Domain.Policies;

/// <summary>
/// A policy document of the knowledge base and all its versions. Replacing it adds a version and keeps the old
/// ones; withdrawing it takes it out of answers but keeps it on record. Every change takes a new
/// <see cref="Revision"/> from a database-wide sequence, which is how every host instance notices that its
/// in-memory index must pick the change up.
/// </summary>
public sealed class PolicyDocument
{
    public const int MaxTitleLength = 200;

    private readonly List<PolicyDocumentVersion> _versions = [];

    private PolicyDocument()
    {
        Title = string.Empty;
        UpdatedBy = string.Empty;
    }

    private PolicyDocument(string? key, DateTimeOffset at, string by)
    {
        Id = Guid.NewGuid();
        Key = key;
        Title = string.Empty;
        Status = PolicyDocumentStatus.Active;
        CreatedAt = at;
        UpdatedAt = at;
        UpdatedBy = by;
    }

    public Guid Id { get; private set; }

    /// <summary>A stable name for documents shipped with the product (the seed file's name); null for uploads.</summary>
    public string? Key { get; private set; }

    /// <summary>The current version's title.</summary>
    public string Title { get; private set; }

    public PolicyDocumentStatus Status { get; private set; }

    /// <summary>The number of the version answers come from.</summary>
    public int CurrentVersion { get; private set; }

    /// <summary>Increases with every change of any document; see the type's remarks.</summary>
    public long Revision { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public IReadOnlyList<PolicyDocumentVersion> Versions => _versions;

    public PolicyDocumentVersion? Current => _versions.SingleOrDefault(v => v.Number == CurrentVersion);

    public static Result<PolicyDocument> Create(string? key, PolicyVersionContent content, long revision, DateTimeOffset at, string by)
    {
        var invalid = Validate(content);
        if (invalid is not null)
        {
            return invalid;
        }

        var document = new PolicyDocument(key, at, by);
        document.AddVersion(content, revision, at, by);
        return document;
    }

    /// <summary>A new version from a new file; the earlier versions stay. A withdrawn document comes back into use.</summary>
    public Result Replace(PolicyVersionContent content, long revision, DateTimeOffset at, string by)
    {
        var invalid = Validate(content);
        if (invalid is not null)
        {
            return invalid;
        }

        if (Current is { } current && current.ContentHash == content.ContentHash && Status == PolicyDocumentStatus.Active)
        {
            return Error.Conflict("policy.unchanged", "上传的文件与当前版本完全相同，无需替换。");
        }

        AddVersion(content, revision, at, by);
        Status = PolicyDocumentStatus.Active;
        WithdrawnAt = null;
        WithdrawalReason = null;
        return Result.Success;
    }

    public Result Withdraw(string? reason, long revision, DateTimeOffset at, string by)
    {
        if (Status == PolicyDocumentStatus.Withdrawn)
        {
            return Error.Conflict("policy.withdrawn", $"《{Title}》已经撤下。");
        }

        Status = PolicyDocumentStatus.Withdrawn;
        WithdrawnAt = at;
        WithdrawalReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Touch(revision, at, by);
        return Result.Success;
    }

    private void AddVersion(PolicyVersionContent content, long revision, DateTimeOffset at, string by)
    {
        var number = CurrentVersion + 1;
        _versions.Add(new PolicyDocumentVersion(Id, number, content, at, by));
        CurrentVersion = number;
        Title = content.Title;
        Touch(revision, at, by);
    }

    private void Touch(long revision, DateTimeOffset at, string by)
    {
        if (revision <= Revision)
        {
            throw new InvalidOperationException($"Revision {revision} does not follow {Revision}.");
        }

        Revision = revision;
        UpdatedAt = at;
        UpdatedBy = by;
    }

    private static Error? Validate(PolicyVersionContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(content.Title) || content.Title.Trim().Length < 4 || content.Title.Length > MaxTitleLength)
        {
            return Error.Validation("policy.title", $"未能确定文件标题，请填写标题（4至{MaxTitleLength}个字）。");
        }

        if (content.Articles.Count == 0 || content.Articles.All(a => string.IsNullOrWhiteSpace(a.Text) && string.IsNullOrWhiteSpace(a.Heading)))
        {
            return Error.Validation("policy.empty", "文件中没有可识别的政策条款。");
        }

        if (content.Articles.Any(a => a.Text.Length > PolicyArticle.MaxTextLength))
        {
            return Error.Validation("policy.articleTooLong", $"有条款超过{PolicyArticle.MaxTextLength}字，请检查文件的条款编号是否能被识别。");
        }

        if (content.Validity is { EffectiveFrom: { } from, EffectiveUntil: { } until } && until < from)
        {
            return Error.Validation("policy.validity", "有效期的截止日期早于施行日期。");
        }

        return null;
    }
}
