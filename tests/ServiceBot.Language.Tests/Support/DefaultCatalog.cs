using System.Text.Json;
using ServiceBot.Language.Triage;

namespace ServiceBot.Language.Tests.Support;

/// <summary>The seed <c>bureaus.json</c> as triage profiles, and a triage model trained for it once per test run.</summary>
internal static class DefaultCatalog
{
    private static readonly Lazy<IReadOnlyList<BureauProfile>> Profiles = new(Load);
    private static readonly Lazy<BureauTriage> Model = new(() => BureauTriage.Train(Profiles.Value));

    public static IReadOnlyList<BureauProfile> Bureaus => Profiles.Value;

    public static BureauTriage Triage => Model.Value;

    private static List<BureauProfile> Load()
    {
        using var stream = typeof(DefaultCatalog).Assembly.GetManifestResourceStream("bureaus.json")!;
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("bureaus").EnumerateArray()
            .Select(b => new BureauProfile(b.GetProperty("code").GetString()!, b.GetProperty("name").GetString()!, b.GetProperty("duties").GetString()!))
            .ToList();
    }
}
