using ServiceBot.Application.Deadlines;
using ServiceBot.Infrastructure.Scheduling;

namespace ServiceBot.Benchmarks;

/// <summary>Lateness of every committed deadline transition: the commit time minus the milestone it was due at.</summary>
internal sealed class LatenessRecorder : IDeadlineSweepObserver
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _lateness = [];
    private TaskCompletionSource _enough = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected = int.MaxValue;
    private int _sweeps;

    public int Sweeps => Volatile.Read(ref _sweeps);

    /// <summary>Starts a new measurement that completes after <paramref name="expected"/> transitions.</summary>
    public Task ExpectAsync(int expected)
    {
        lock (_gate)
        {
            _lateness.Clear();
            _expected = expected;
            _enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _enough.Task;
        }
    }

    public IReadOnlyList<TimeSpan> Take()
    {
        lock (_gate)
        {
            var taken = _lateness.ToList();
            _expected = int.MaxValue;
            return taken;
        }
    }

    public void Committed(IReadOnlyList<CaseDeadlineTransition> transitions, DateTimeOffset committedAt)
    {
        Interlocked.Increment(ref _sweeps);
        lock (_gate)
        {
            _lateness.AddRange(transitions.Select(t => committedAt - t.Transition.DueAt));
            if (_lateness.Count >= _expected)
            {
                _enough.TrySetResult();
            }
        }
    }
}
