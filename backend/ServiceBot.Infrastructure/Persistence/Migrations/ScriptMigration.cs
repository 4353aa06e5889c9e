using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceBot.Infrastructure.Persistence.Migrations;

/// <summary>
/// A migration whose steps are SQL scripts, one per provider, embedded next to it
/// (<c>Sqlite/{id}.sql</c>, <c>Postgres/{id}.sql</c>). EF Core's runner and history table apply them; the scripts
/// take the place of scaffolded C# because EF Core's design-time package cannot be restored here. The schema they
/// produce is checked against the model by the migration tests.
/// </summary>
public abstract class ScriptMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var id = GetType().GetCustomAttributes(typeof(MigrationAttribute), inherit: false).Cast<MigrationAttribute>().Single().Id;
        migrationBuilder.Sql(MigrationScripts.Read(id, migrationBuilder.ActiveProvider));
    }
}
