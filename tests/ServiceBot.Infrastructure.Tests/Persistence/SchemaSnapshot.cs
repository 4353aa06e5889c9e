using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Tests.Persistence;

/// <summary>A provider's own description of a schema (tables, columns, indexes, constraints), normalised for comparison.</summary>
internal static partial class SchemaSnapshot
{
    public static async Task<IReadOnlyList<string>> ReadAsync(DbContext db, DatabaseProvider provider)
    {
        var sql = provider == DatabaseProvider.Sqlite
            ? """SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '\_\_EF%' ESCAPE '\' AND name NOT LIKE 'QRTZ%'"""
            : """
              SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || COALESCE(character_maximum_length::text, '') || ' ' || COALESCE(column_default, '')
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%' AND table_name NOT LIKE 'qrtz%'
              UNION ALL
              SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EF%' AND tablename NOT LIKE 'qrtz%'
              UNION ALL
              SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%\_\_EF%' AND conrelid::regclass::text NOT LIKE 'qrtz%'
              """;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            rows.Add(Whitespace().Replace(reader.GetString(0), " ").Trim());
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
