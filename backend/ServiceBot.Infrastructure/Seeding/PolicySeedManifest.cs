using System.Text.Json;

namespace ServiceBot.Infrastructure.Seeding;

/// <summary>The shape of <c>policies/policies.json</c>: the shipped policy documents and what to say about them that their text does not.</summary>
internal sealed record PolicySeedManifest(IReadOnlyList<PolicySeedManifest.Document> Documents)
{
    public const string Folder = "policies";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PolicySeedManifest Load() =>
        JsonSerializer.Deserialize<PolicySeedManifest>(SeedData.ReadText($"{Folder}/policies.json"), Json)
        ?? throw new InvalidOperationException("policies.json is empty.");

    internal sealed record Document(string Key, string File, string? Title, string? IssuingBody, string? Region, DateOnly? IssuedOn);
}
