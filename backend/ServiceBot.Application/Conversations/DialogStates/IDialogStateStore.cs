using ServiceBot.Application.Common.Persistence;

namespace ServiceBot.Application.Conversations.DialogStates;

/// <summary>
/// Where a conversation's dialog state (its dialog stack, as JSON) is kept between turns. The dialogs own the
/// content and its format; the store only keeps it with a version number for optimistic concurrency.
/// </summary>
/// <remarks>
/// Turns of one conversation run one at a time under the channel layer's lease, so a conflict means that lease was
/// lost mid-turn (another instance took the conversation over) or someone else wrote the state: the save then fails
/// loudly and never overwrites what the other writer stored.
/// </remarks>
public interface IDialogStateStore
{
    /// <summary>The stored state, or null when the conversation has none yet.</summary>
    Task<StoredDialogState?> LoadAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="json"/> if the stored version is still <paramref name="expectedVersion"/> (0: nothing
    /// stored yet) and returns the new version.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The state was changed (or first stored) by someone else since it was loaded.</exception>
    Task<long> SaveAsync(string conversationId, string json, long expectedVersion, CancellationToken cancellationToken);
}
