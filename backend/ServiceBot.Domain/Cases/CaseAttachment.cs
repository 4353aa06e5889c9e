namespace ServiceBot.Domain.Cases;

/// <summary>Metadata of a file attached to a case; the bytes live behind the file storage port under <see cref="StorageKey"/>.</summary>
public sealed class CaseAttachment
{
    private CaseAttachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        StorageKey = string.Empty;
        UploadedBy = string.Empty;
    }

    internal CaseAttachment(string fileName, string contentType, long size, string storageKey, string uploadedBy, DateTimeOffset uploadedAt)
    {
        Id = Guid.NewGuid();
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        StorageKey = storageKey;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public string StorageKey { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
