using System.Threading.Channels;
using ServiceBot.Domain.Users;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>
/// What a test turn handler saw, shared by every host of a test: the turns in the order they ran, who they ran as,
/// and how many ran at once. The turn whose text is <see cref="GateText"/> waits until <see cref="Release"/>.
/// </summary>
public sealed class TurnLog
{
    public const string GateText = "一";

    private readonly Lock _gate = new();
    private readonly List<(string What, Actor? Actor)> _turns = [];
    private readonly Channel<string> _entered = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _active;

    public int MaxActive { get; private set; }

    public IReadOnlyList<(string What, Actor? Actor)> Turns
    {
        get
        {
            lock (_gate)
            {
                return [.. _turns];
            }
        }
    }

    public Task Released => _release.Task;

    public void Release() => _release.TrySetResult();

    public void Enter(string what, Actor? actor)
    {
        lock (_gate)
        {
            _turns.Add((what, actor));
            _active++;
            MaxActive = Math.Max(MaxActive, _active);
        }

        _entered.Writer.TryWrite(what);
    }

    public void Leave()
    {
        lock (_gate)
        {
            _active--;
        }
    }

    /// <summary>Waits until a turn with <paramref name="what"/> has started.</summary>
    public async Task WaitForAsync(string what)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (Turns.All(t => t.What != what))
        {
            await _entered.Reader.ReadAsync(deadline.Token);
        }
    }
}
