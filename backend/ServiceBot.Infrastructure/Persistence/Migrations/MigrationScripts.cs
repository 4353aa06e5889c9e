namespace ServiceBot.Infrastructure.Persistence.Migrations;

/// <summary>Reads the embedded SQL of a migration for the active provider.</summary>
public static class MigrationScripts
{
    public static string FolderFor(string? provider) => provider switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => "Sqlite",
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "Postgres",
        _ => throw new NotSupportedException($"No migration scripts for provider '{provider}'."),
    };

    public static string Read(string migrationId, string? provider)
    {
        var name = $"Migrations/{FolderFor(provider)}/{migrationId}.sql";
        using var stream = typeof(MigrationScripts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Migration script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
