using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace ServiceBot.Bot.Channels;

/// <summary>
/// Which files users may send. The type is taken from the file name's extension, not from what the client declares
/// (browsers disagree on office formats, and a declared type costs nothing to fake); it must be an allowed type.
/// </summary>
internal sealed class AttachmentRules(IOptions<ChannelOptions> options)
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public int MaxCount => options.Value.MaxAttachments;

    public long MaxBytes => options.Value.MaxAttachmentBytes;

    /// <summary>The content type of an allowed file, or null when files like it are not accepted.</summary>
    public string? AllowedType(string? fileName) =>
        fileName is not null && Types.TryGetContentType(fileName, out var type) && options.Value.ContentTypes.Contains(type, StringComparer.OrdinalIgnoreCase)
            ? type
            : null;

    /// <summary>The allowed extensions, for error messages.</summary>
    public string Describe() =>
        string.Join("、", Types.Mappings.Where(m => options.Value.ContentTypes.Contains(m.Value, StringComparer.OrdinalIgnoreCase)).Select(m => m.Key).Order(StringComparer.Ordinal));
}
