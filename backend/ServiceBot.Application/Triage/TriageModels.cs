using ServiceBot.Language.Triage;

namespace ServiceBot.Application.Triage;

/// <summary>
/// The trained triage model for the current bureau catalog. Training takes about a second, so the model is kept
/// and trained again only when the catalog changes (an administrator edits names or duties, adds or deactivates a
/// unit). Requests that arrive while a model trains wait for it rather than train their own.
/// </summary>
internal sealed class TriageModels
{
    private readonly Lock _gate = new();
    private (string Fingerprint, BureauTriage Model)? _current;

    public BureauTriage For(IReadOnlyList<BureauProfile> catalog)
    {
        var fingerprint = Fingerprint(catalog);
        var current = _current;
        if (current is { } known && known.Fingerprint == fingerprint)
        {
            return known.Model;
        }

        lock (_gate)
        {
            if (_current is { } trained && trained.Fingerprint == fingerprint)
            {
                return trained.Model;
            }

            var model = BureauTriage.Train(catalog);
            _current = (fingerprint, model);
            return model;
        }
    }

    private static string Fingerprint(IReadOnlyList<BureauProfile> catalog) =>
        string.Join('\u001f', catalog.OrderBy(b => b.Code, StringComparer.Ordinal).Select(b => $"{b.Code}\u001e{b.Name}\u001e{b.Duties}"));
}
