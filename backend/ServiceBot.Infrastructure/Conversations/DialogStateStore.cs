using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Conversations.DialogStates;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Conversations;

/// <summary>
/// Dialog states in table <c>DialogStates</c>. A save is one conditional statement: an insert that the primary key
/// refuses when someone stored the conversation's state first, or an update of the row still at the expected
/// version. Nothing is tracked, so a refused save leaves the scope's context clean.
/// </summary>
internal sealed class DialogStateStore(ServiceBotDbContext db, TimeProvider time) : IDialogStateStore
{
    public async Task<StoredDialogState?> LoadAsync(string conversationId, CancellationToken cancellationToken) =>
        await db.DialogStates.AsNoTracking()
            .Where(s => s.ConversationId == conversationId)
            .Select(s => new StoredDialogState(s.ConversationId, s.Json, s.Version, s.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);

    public async Task<long> SaveAsync(string conversationId, string json, long expectedVersion, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (expectedVersion == 0)
        {
            var record = new DialogStateRecord { ConversationId = conversationId, Json = json, Version = 1, UpdatedAt = now };
            db.DialogStates.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return 1;
            }
            catch (DbUpdateException ex)
            {
                throw new ConcurrencyConflictException($"The dialog state of conversation {conversationId} was stored by someone else first.", ex);
            }
            finally
            {
                db.Entry(record).State = EntityState.Detached;
            }
        }

        var next = expectedVersion + 1;
        var updated = await db.DialogStates
            .Where(s => s.ConversationId == conversationId && s.Version == expectedVersion)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Json, json).SetProperty(r => r.Version, next).SetProperty(r => r.UpdatedAt, now), cancellationToken)
            .ConfigureAwait(false);
        return updated == 1
            ? next
            : throw new ConcurrencyConflictException($"The dialog state of conversation {conversationId} changed since version {expectedVersion} was loaded.");
    }
}
