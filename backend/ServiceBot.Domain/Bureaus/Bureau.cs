using ServiceBot.Domain.Common;

namespace ServiceBot.Domain.Bureaus;

/// <summary>An entry of the bureau catalog. Codes are stable identifiers; names and duties are editable per county.</summary>
public sealed class Bureau
{
    private Bureau()
    {
        Code = string.Empty;
        Name = string.Empty;
        Duties = string.Empty;
    }

    private Bureau(string code, string name, string duties, BureauKind kind)
    {
        Code = code;
        Name = name;
        Duties = duties;
        Kind = kind;
        IsActive = true;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>The unit's duties (职责) as one text; triage matches problem descriptions against it.</summary>
    public string Duties { get; private set; }

    public BureauKind Kind { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>The county leader in charge (分管县领导), to whom cases of this unit escalate at level 3.</summary>
    public string? LeaderInChargeCode { get; private set; }

    public static Result<Bureau> Create(string? code, string? name, string? duties, BureauKind kind)
    {
        var trimmedCode = code?.Trim() ?? string.Empty;
        if (trimmedCode.Length is < 2 or > 32 || !trimmedCode.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return Error.Validation("bureau.code.invalid", "单位代码应为2至32位小写字母、数字或连字符。");
        }

        var trimmedName = name?.Trim() ?? string.Empty;
        if (trimmedName.Length is < 2 or > 100)
        {
            return Error.Validation("bureau.name.invalid", "单位名称应为2至100个字。");
        }

        return new Bureau(trimmedCode, trimmedName, duties?.Trim() ?? string.Empty, kind);
    }

    public Result Update(string? name, string? duties, string? leaderInChargeCode, bool isActive)
    {
        var trimmedName = name?.Trim() ?? string.Empty;
        if (trimmedName.Length is < 2 or > 100)
        {
            return Error.Validation("bureau.name.invalid", "单位名称应为2至100个字。");
        }

        Name = trimmedName;
        Duties = duties?.Trim() ?? string.Empty;
        LeaderInChargeCode = string.IsNullOrWhiteSpace(leaderInChargeCode) ? null : leaderInChargeCode.Trim();
        IsActive = isActive;
        return Result.Success;
    }
}
