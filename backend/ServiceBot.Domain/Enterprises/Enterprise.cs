using ServiceBot.Domain.Common;

namespace ServiceBot.Domain.Enterprises;

/// <summary>A company that reports problems and asks about policies; identified by its 统一社会信用代码.</summary>
public sealed class Enterprise : AggregateRoot
{
    private readonly List<EnterpriseContact> _contacts = [];

    private Enterprise()
    {
        Name = string.Empty;
        CreditCode = string.Empty;
    }

    private Enterprise(string name, UnifiedSocialCreditCode creditCode, string? town, string? industry, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Name = name;
        CreditCode = creditCode.Value;
        Town = town;
        Industry = industry;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The validated 统一社会信用代码 (unique).</summary>
    public string CreditCode { get; private set; }

    /// <summary>The town or street (乡镇/街道) the enterprise is in.</summary>
    public string? Town { get; private set; }

    public string? Industry { get; private set; }

    /// <summary>The county leader who personally keeps in touch with this key enterprise (县领导联系重点企业), if any.</summary>
    public string? ContactLeaderCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<EnterpriseContact> Contacts => _contacts;

    public static Result<Enterprise> Register(string? name, string? creditCode, string? town, string? industry, DateTimeOffset now)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is < 2 or > 100)
        {
            return Error.Validation("enterprise.name.invalid", "企业名称应为2至100个字。");
        }

        var code = UnifiedSocialCreditCode.Parse(creditCode);
        if (!code.IsSuccess)
        {
            return code.Error!;
        }

        return new Enterprise(trimmed, code.Value, Blank(town), Blank(industry), now);
    }

    /// <summary>
    /// Adds a contact, or updates the one with the same mobile number, or else the one that is the same login
    /// (<paramref name="userId"/>: a person who changed their mobile stays one contact).
    /// </summary>
    public Result<EnterpriseContact> AddOrUpdateContact(string? name, string? mobile, string? userId)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is < 1 or > 50)
        {
            return Error.Validation("contact.name.invalid", "请填写联系人姓名（不超过50个字）。");
        }

        var parsed = MobileNumber.Parse(mobile);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        var existing = _contacts.FirstOrDefault(c => c.Mobile == parsed.Value)
            ?? (userId is null ? null : _contacts.FirstOrDefault(c => c.UserId == userId));
        if (existing is not null)
        {
            existing.Update(trimmed, parsed.Value, userId);
            return existing;
        }

        var contact = new EnterpriseContact(trimmed, parsed.Value, userId);
        _contacts.Add(contact);
        return contact;
    }

    public void UpdateProfile(string? town, string? industry)
    {
        Town = Blank(town) ?? Town;
        Industry = Blank(industry) ?? Industry;
    }

    public void AssignContactLeader(string? leaderCode) => ContactLeaderCode = Blank(leaderCode);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
