using System.Text.Json;

namespace ServiceBot.Infrastructure.Seeding;

/// <summary>The shape of <c>bureaus.json</c>: the coordinator office, the responsible units, the county leaders.</summary>
internal sealed record BureauCatalogFile(BureauCatalogFile.Unit Coordinator, IReadOnlyList<BureauCatalogFile.Unit> Bureaus, IReadOnlyList<BureauCatalogFile.Leader> Leaders)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static BureauCatalogFile Load() =>
        JsonSerializer.Deserialize<BureauCatalogFile>(SeedData.ReadText(SeedData.Bureaus), Json)
        ?? throw new InvalidOperationException("bureaus.json is empty.");

    internal sealed record Unit(string Code, string Name, string? Duties);

    internal sealed record Leader(string Code, string Title);
}
