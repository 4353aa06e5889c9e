using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ServiceBot.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Lets SQLite itself wait for a busy database. Microsoft.Data.Sqlite retries a busy command in 150 ms steps, so
/// concurrent writers (turns, deliveries, the outbox) queue up in multiples of 150 ms; SQLite's own busy handler
/// retries within a millisecond or two of the lock being released.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
