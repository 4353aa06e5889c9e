using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Infrastructure.Persistence.Migrations;
using ServiceBot.Testing;

namespace ServiceBot.Infrastructure.Tests.Persistence;

/// <summary>
/// The migration scripts must build exactly the schema the model describes, on the provider under test. With
/// <c>SERVICEBOT_UPDATE_DOCS=1</c> and only the initial migration present, the initial scripts are regenerated from
/// the model for both providers instead.
/// </summary>
public sealed class MigrationScriptsTests
{
    private const string InitialId = "20261122000000_Initial";

    [Fact]
    public async Task Migrate_BuildsTheSchemaOfTheModel_OnTheProviderUnderTest()
    {
        RegenerateInitialScriptsWhenAsked();
        await using var migrated = await TestDatabase.CreateAsync();
        await using var created = await TestDatabase.CreateAsync();
        await using var viaMigrations = Context(migrated);
        await using var viaModel = Context(created);

        await viaMigrations.Database.MigrateAsync();
        await viaModel.Database.ExecuteSqlRawAsync(viaModel.Database.GenerateCreateScript());

        var expected = await SchemaSnapshot.ReadAsync(viaModel, created.Provider);
        var actual = await SchemaSnapshot.ReadAsync(viaMigrations, migrated.Provider);
        Assert.True(
            expected.SequenceEqual(actual),
            "The migrations do not build the model's schema. Missing: " + string.Join(" | ", expected.Except(actual))
            + " Unexpected: " + string.Join(" | ", actual.Except(expected))
            + $" Add a migration script (or, before the first release, regenerate the initial one with {RepositoryFiles.UpdateVariable}=1).");
        Assert.Empty(await viaMigrations.Database.GetPendingMigrationsAsync());
    }

    private static ServiceBotDbContext Context(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<ServiceBotDbContext>();
        if (database.Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(database.ConnectionString);
        }
        else
        {
            options.UseSqlite(database.ConnectionString);
        }

        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return new ServiceBotDbContext(options.Options);
    }

    private static void RegenerateInitialScriptsWhenAsked()
    {
        if (Environment.GetEnvironmentVariable(RepositoryFiles.UpdateVariable) != "1")
        {
            return;
        }

        var migrations = typeof(ScriptMigration).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(ScriptMigration)));
        Assert.True(migrations == 1, "Only the initial migration may be regenerated; add a new migration script for later changes.");
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var options = new DbContextOptionsBuilder<ServiceBotDbContext>();
            _ = provider == DatabaseProvider.Sqlite ? options.UseSqlite("Data Source=:memory:") : options.UseNpgsql("Host=unused");
            using var db = new ServiceBotDbContext(options.Options);
            var folder = MigrationScripts.FolderFor(db.Database.ProviderName);
            var header = $"-- Initial schema for {provider}, generated from the EF Core model by MigrationScriptsTests. Do not edit.\n";
            RepositoryFiles.CheckGenerated($"backend/ServiceBot.Infrastructure/Persistence/Migrations/{folder}/{InitialId}.sql", header + db.Database.GenerateCreateScript().ReplaceLineEndings("\n"));
        }
    }
}
