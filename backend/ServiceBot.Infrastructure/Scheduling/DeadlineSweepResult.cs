using ServiceBot.Application.Deadlines;

namespace ServiceBot.Infrastructure.Scheduling;

/// <summary>
/// One run of the deadline sweep: the cases it checked, what it did, the cases it could not check (changed
/// concurrently or failing; they stay due) and when the next clock is due.
/// </summary>
internal sealed record DeadlineSweepResult(int CasesChecked, IReadOnlyList<CaseDeadlineTransition> Transitions, int CasesLeftDue, DateTimeOffset? NextDueAt);
