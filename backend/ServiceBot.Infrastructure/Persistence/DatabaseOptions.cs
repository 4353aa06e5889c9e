using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Configuration section <c>Database</c>: SQLite under the data folder by default, PostgreSQL at scale.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// For PostgreSQL, required. For SQLite, optional: the default is <c>Data Source={DataDirectory}/servicebot.db</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file and stored attachments live.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations at start-up. Turn off where a DBA applies the scripts.</summary>
    public bool ApplyMigrationsOnStartup { get; set; } = true;

    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
        }

        return $"Data Source={Path.Combine(Path.GetFullPath(DataDirectory), "servicebot.db")}";
    }
}
