using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Conversations.DialogStates;

namespace ServiceBot.Dialogs.Tests.Support;

/// <summary>The dialog state port with the same optimistic-concurrency contract as the database store, in memory.</summary>
internal sealed class InMemoryDialogStateStore(TimeProvider time) : IDialogStateStore
{
    private readonly Dictionary<string, StoredDialogState> _states = new(StringComparer.Ordinal);

    public int Saves { get; private set; }

    public string? Json(string conversationId) => _states.GetValueOrDefault(conversationId)?.Json;

    public Task<StoredDialogState?> LoadAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_states.GetValueOrDefault(conversationId));

    public Task<long> SaveAsync(string conversationId, string json, long expectedVersion, CancellationToken cancellationToken)
    {
        var current = _states.GetValueOrDefault(conversationId)?.Version ?? 0;
        if (current != expectedVersion)
        {
            throw new ConcurrencyConflictException($"Version {current}, expected {expectedVersion}.");
        }

        Saves++;
        _states[conversationId] = new StoredDialogState(conversationId, json, current + 1, time.GetUtcNow());
        return Task.FromResult(current + 1);
    }

    /// <summary>Stores a state as if another writer had (a deploy's old format, a concurrent save).</summary>
    public void Put(string conversationId, string json)
    {
        var version = (_states.GetValueOrDefault(conversationId)?.Version ?? 0) + 1;
        _states[conversationId] = new StoredDialogState(conversationId, json, version, time.GetUtcNow());
    }
}
