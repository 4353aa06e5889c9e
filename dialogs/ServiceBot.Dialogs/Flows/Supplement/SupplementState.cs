using ServiceBot.Dialogs.Flows.Common;

namespace ServiceBot.Dialogs.Flows.Supplement;

internal sealed class SupplementState
{
    public string? CaseNumber { get; set; }

    /// <summary>Files that came with the message that started the flow, or with the answer.</summary>
    public List<StoredFile> Files { get; set; } = [];
}
