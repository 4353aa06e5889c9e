using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ServiceBot.Application.Conversations.Handoffs;

namespace ServiceBot.Application.Tests.Conversations.Handoffs;

/// <summary>
/// Plays "someone else saved the handoff in between": once armed, the next time a context is about to save a changed
/// handoff, it raises the row's version in the database (in the same transaction, so it works on SQLite, which lets one
/// writer in at a time), exactly as a competing request that committed after this one loaded the handoff.
/// </summary>
internal sealed class VersionBumpingInterceptor : SaveChangesInterceptor
{
    private int _armed;

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var changed = eventData.Context!.ChangeTracker.Entries<Handoff>().FirstOrDefault(e => e.State == EntityState.Modified)?.Entity;
        if (changed is not null && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            var id = changed.Id;
            await eventData.Context.Set<Handoff>().Where(h => h.Id == id).ExecuteUpdateAsync(s => s.SetProperty(h => h.Version, h => h.Version + 1), cancellationToken);
        }

        return result;
    }
}
