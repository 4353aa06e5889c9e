using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ServiceBot.Infrastructure.Outbox;

namespace ServiceBot.Infrastructure.Persistence.Interceptors;

/// <summary>Wakes the outbox dispatcher when a transaction commits, so events go out without waiting for the next poll.</summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Notify();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }
}
