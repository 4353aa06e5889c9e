using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Application.Common.Storage;

/// <summary>Configuration section <c>Attachments</c>: what files people may attach to cases.</summary>
public sealed class AttachmentOptions
{
    public const string SectionName = "Attachments";

    /// <summary>The largest single file; photos of documents and scanned PDFs stay well under it.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    [Range(1, 100)]
    public int MaxFilesPerCase { get; set; } = 20;

    /// <summary>Accepted content types: images, PDF, Office documents, plain text.</summary>
    public IList<string> AllowedContentTypes { get; } =
    [
        "image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf", "text/plain",
        "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ];
}
