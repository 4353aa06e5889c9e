using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Seeding;

/// <summary>
/// Prepares the database before anything else starts: migrations (unless switched off), reference data and the
/// shipped policy documents, the working calendar, and, when enabled, the demo data. Registered before the scheduler and the outbox dispatcher.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes, ICalendarProvider calendar, IOptions<DatabaseOptions> database, IOptions<DemoOptions> demo, ILogger<DatabaseInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Actor = Actor.System;
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        if (database.Value.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetFullPath(database.Value.DataDirectory));
        }

        if (database.Value.ApplyMigrationsOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        if (database.Value.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer commits; it is a property of the file and survives restarts.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
        await scope.ServiceProvider.GetRequiredService<PolicySeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
        await calendar.ReloadAsync(cancellationToken).ConfigureAwait(false);
        if (demo.Value.Enabled)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
            LogDemo(logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Demo data is enabled: demo accounts and sample cases are available")]
    private static partial void LogDemo(ILogger logger);
}
