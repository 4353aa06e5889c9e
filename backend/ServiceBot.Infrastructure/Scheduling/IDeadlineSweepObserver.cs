using ServiceBot.Application.Deadlines;

namespace ServiceBot.Infrastructure.Scheduling;

/// <summary>Hears of every batch the deadline sweep committed, with the time of the commit (benchmarks measure lateness with it).</summary>
internal interface IDeadlineSweepObserver
{
    void Committed(IReadOnlyList<CaseDeadlineTransition> transitions, DateTimeOffset committedAt);
}
