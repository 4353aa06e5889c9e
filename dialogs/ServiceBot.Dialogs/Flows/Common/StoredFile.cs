using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Flows.Common;

/// <summary>A file the user sent, remembered in a flow's state until it is attached to a case (by its storage key).</summary>
internal sealed record StoredFile(string FileName, string ContentType, long Size, string StorageKey)
{
    public static StoredFile From(TurnAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return new(attachment.FileName, attachment.ContentType, attachment.Size, attachment.StorageKey);
    }
}
