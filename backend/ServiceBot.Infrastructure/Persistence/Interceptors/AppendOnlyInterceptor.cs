using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ServiceBot.Application.Common.Auditing;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Infrastructure.Persistence.Interceptors;

/// <summary>The timeline and the audit log are append-only: a save that would change or delete an entry is refused.</summary>
internal sealed class AppendOnlyInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        var violation = context?.ChangeTracker.Entries()
            .FirstOrDefault(e => e.Entity is TimelineEntry or AuditEntry && e.State is EntityState.Modified or EntityState.Deleted);
        if (violation is not null)
        {
            throw new InvalidOperationException($"{violation.Entity.GetType().Name} is append-only; it cannot be {violation.State.ToString().ToLowerInvariant()}.");
        }
    }
}
