using Npgsql;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Testing;

/// <summary>
/// A fresh, empty database for one test class. SQLite by default (a temporary file); PostgreSQL when
/// <c>SERVICEBOT_TEST_PROVIDER=Postgres</c>, creating a database on the server named by
/// <c>SERVICEBOT_TEST_POSTGRES</c> (the test script starts one on loopback). The same tests run on both.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "SERVICEBOT_TEST_PROVIDER";
    public const string PostgresVariable = "SERVICEBOT_TEST_POSTGRES";

    private readonly string? _adminConnection;
    private readonly string? _databaseName;
    private readonly string? _directory;

    private TestDatabase(DatabaseProvider provider, string connectionString, string dataDirectory, string? adminConnection, string? databaseName, string? directory)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
        _directory = directory;
    }

    public static DatabaseProvider ConfiguredProvider =>
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable(ProviderVariable), ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A private data folder (attachments, and the SQLite file).</summary>
    public string DataDirectory { get; }

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["Database:ConnectionString"] = ConnectionString,
        ["Database:DataDirectory"] = DataDirectory,
    };

    public static Task<TestDatabase> CreateAsync() => CreateAsync(ConfiguredProvider);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var directory = Path.Combine(Path.GetTempPath(), "servicebot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(provider, $"Data Source={Path.Combine(directory, "servicebot.db")};Default Timeout=60", directory, null, null, directory);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{ProviderVariable}=Postgres needs {PostgresVariable} (run the tests through ./test.sh).");
        var name = "sb_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, directory, admin, name, directory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is not null && _databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync().ConfigureAwait(false);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finalizing connection is left to the temp cleaner.
            }
        }
    }
}
