using ServiceBot.Dialogs.Flows.Profile;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Dialogs.Flows.Common;

/// <summary>
/// A case the chat files: what, for whom, and the bureau the user confirmed (<paramref name="ConfirmedBureauCode"/>,
/// null to leave routing to the coordinator office; <paramref name="SuggestedBureauName"/> is named to the user then).
/// </summary>
internal sealed record IntakeRequest(
    CaseType Type,
    string? Category,
    string Description,
    bool Urgent,
    string? UrgencyReason,
    CaseComplexity Complexity,
    EnterpriseProfile Enterprise,
    IReadOnlyList<StoredFile> Files,
    string? ConfirmedBureauCode,
    string? SuggestedBureauName);
