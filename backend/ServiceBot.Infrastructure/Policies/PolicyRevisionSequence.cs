using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Policies;

/// <summary>
/// Revisions from one counter row, like case numbers: the update holds a row lock (PostgreSQL) or the write lock
/// (SQLite) until the caller's transaction ends, so revisions become visible in the order they were handed out and a
/// rolled-back change gives its number back. Plain SQL that SQLite and PostgreSQL both accept.
/// </summary>
internal sealed class PolicyRevisionSequence(ServiceBotDbContext db) : IPolicyRevisionSequence
{
    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await ExecuteAsync(connection, transaction, """INSERT INTO "PolicyRevisionCounters" ("Id", "LastValue") VALUES (1, 0) ON CONFLICT ("Id") DO NOTHING""", cancellationToken)
            .ConfigureAwait(false);
        var next = await ExecuteAsync(connection, transaction, """UPDATE "PolicyRevisionCounters" SET "LastValue" = "LastValue" + 1 WHERE "Id" = 1 RETURNING "LastValue" """, cancellationToken)
            .ConfigureAwait(false);
        return Convert.ToInt64(next, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<object?> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
