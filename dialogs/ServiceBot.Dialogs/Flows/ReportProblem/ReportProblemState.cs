using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Flows.Profile;

namespace ServiceBot.Dialogs.Flows.ReportProblem;

/// <summary>What a report collects: the problem, triage's proposal and the user's routing choice, urgency, files, and who reports it.</summary>
internal sealed class ReportProblemState
{
    public string? Description { get; set; }

    /// <summary>What the first message said about the sender (company, code, name, mobile), handed to the profile until it has run.</summary>
    public ProfileState Sender { get; set; } = new();

    public string? Category { get; set; }

    public BureauOption? Proposed { get; set; }

    /// <summary>Whether a confirmed proposal would be dispatched at once under the current settings (triage's own judgment).</summary>
    public bool AutoDispatch { get; set; }

    public List<BureauOption> Alternatives { get; set; } = [];

    /// <summary>The bureau the user chose; null when they were unsure (the coordinator decides).</summary>
    public BureauOption? Chosen { get; set; }

    public bool Urgent { get; set; }

    public string? UrgencyReason { get; set; }

    public List<StoredFile> Files { get; set; } = [];

    public EnterpriseProfile? Enterprise { get; set; }

    /// <summary>What the user chose to change at the summary: once that is answered, the flow returns to the summary.</summary>
    public string? Editing { get; set; }
}
