using System.Globalization;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;

namespace ServiceBot.Bot.Api.Policies;

/// <summary>
/// The multipart form of a policy upload: the file, and optionally what the uploader says about it (dates as
/// yyyy-MM-dd). Fields left empty are read from the file.
/// </summary>
public sealed class PolicyUploadForm
{
    public IFormFile? File { get; set; }

    public string? Title { get; set; }

    public string? IssuingBody { get; set; }

    public string? Region { get; set; }

    public string? IssuedOn { get; set; }

    public string? EffectiveFrom { get; set; }

    public string? EffectiveUntil { get; set; }

    internal Result<PolicyMetadataInput> Metadata()
    {
        var errors = new Dictionary<string, string[]>();
        var issuedOn = Date(IssuedOn, "issuedOn", errors);
        var from = Date(EffectiveFrom, "effectiveFrom", errors);
        var until = Date(EffectiveUntil, "effectiveUntil", errors);
        return errors.Count > 0
            ? Error.Validation("request.invalid", string.Join("；", errors.Values.SelectMany(e => e)), errors)
            : new PolicyMetadataInput(Title, IssuingBody, Region, issuedOn, from, until);
    }

    internal async Task<byte[]> ReadAsync(CancellationToken cancellationToken)
    {
        if (File is null)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        await File.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static DateOnly? Date(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [$"日期“{value}”格式不正确，请写成 2024-01-31 的形式。"];
        return null;
    }
}
