using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Infrastructure.Persistence.Interceptors;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Persistence.Interceptors;

/// <summary>An SQLite-only concern, so it always runs on SQLite whatever provider the suite is under.</summary>
public sealed class SqliteBusyTimeoutInterceptorTests
{
    [Fact]
    public async Task ConnectionOpened_LetsSqliteWaitForABusyDatabase()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var options = new DbContextOptionsBuilder<ServiceBotDbContext>()
            .UseSqlite(database.ConnectionString)
            .AddInterceptors(new SqliteBusyTimeoutInterceptor())
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        await using var db = new ServiceBotDbContext(options);

        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        var timeout = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(30000, timeout);
    }
}
