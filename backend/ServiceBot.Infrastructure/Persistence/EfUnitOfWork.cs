using ServiceBot.Application.Common.Persistence;

namespace ServiceBot.Infrastructure.Persistence;

internal sealed class EfUnitOfWork(ServiceBotDbContext db) : IUnitOfWork
{
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(commit);
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        T result;
        try
        {
            result = await work(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The transaction rolls back when disposed; what the context still tracks from it must go too, or the next
            // save in this scope (a retry, the rest of a chat turn) would write it again.
            db.ChangeTracker.Clear();
            throw;
        }

        if (commit(result))
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }

        return result;
    }
}
