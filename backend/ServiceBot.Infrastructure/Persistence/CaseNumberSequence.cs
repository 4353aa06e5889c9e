using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ServiceBot.Application.Common.Persistence;

namespace ServiceBot.Infrastructure.Persistence;

/// <summary>
/// Per-year case numbers from a counter row. The row update holds a row lock (PostgreSQL) or the write lock
/// (SQLite) until the caller's transaction ends, so two requests never get the same number and a rolled-back
/// request gives its number back. The statements are plain SQL that SQLite and PostgreSQL both accept.
/// </summary>
internal sealed class CaseNumberSequence(ServiceBotDbContext db) : ICaseNumberSequence
{
    public async Task<int> NextAsync(int year, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await ExecuteAsync(connection, transaction, """INSERT INTO "CaseNumberCounters" ("Year", "LastValue") VALUES (@year, 0) ON CONFLICT ("Year") DO NOTHING""", year, cancellationToken)
            .ConfigureAwait(false);
        var next = await ExecuteAsync(connection, transaction, """UPDATE "CaseNumberCounters" SET "LastValue" = "LastValue" + 1 WHERE "Year" = @year RETURNING "LastValue" """, year, cancellationToken)
            .ConfigureAwait(false);
        return Convert.ToInt32(next, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<object?> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, int year, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@year";
        parameter.Value = year;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
