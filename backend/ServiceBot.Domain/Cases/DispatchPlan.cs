namespace ServiceBot.Domain.Cases;

/// <summary>
/// Where a case goes: one lead bureau (牵头单位), optional co-handling bureaus (协办单位).
/// <paramref name="ConfirmedByReporter"/>: the reporter was shown this bureau and the deadlines and confirmed them
/// while reporting (the chat's report flow), so they need not be told again.
/// </summary>
public sealed record DispatchPlan(string LeadBureauCode, IReadOnlyList<string> CoHandlerCodes, bool RequiresAnswerApproval = false, bool ConfirmedByReporter = false)
{
    public IReadOnlyList<string> DistinctCoHandlers =>
        CoHandlerCodes.Where(c => !string.Equals(c, LeadBureauCode, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
}
