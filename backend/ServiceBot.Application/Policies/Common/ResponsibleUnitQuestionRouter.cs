using ServiceBot.Application.Common.Persistence;

namespace ServiceBot.Application.Policies.Common;

/// <summary>
/// The question router until the triage service takes over (see <see cref="IPolicyQuestionRouter"/>): the articles
/// nearest the question vote for the bureaus they name as responsible: each article gives its relevance, half to
/// the first-named unit (usually the lead) and the rest shared by all it names. A bureau with at least
/// <see cref="MinimumShare"/> of all votes is suggested; otherwise nobody can tell.
/// </summary>
internal sealed class ResponsibleUnitQuestionRouter(PolicySearchIndex index, IApplicationDbContext db) : IPolicyQuestionRouter
{
    /// <summary>Articles well below the "possibly related" threshold still say something about who is responsible.</summary>
    private const double MinimumRelevance = 0.15;

    private const int Voters = 10;

    private const double MinimumShare = 0.4;

    public async Task<BureauSuggestion?> SuggestAsync(string question, CancellationToken cancellationToken)
    {
        var snapshot = await index.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
        var matches = snapshot.Search(snapshot.Analyze(question), Voters, regionBoost: 1.0)
            .Where(m => m.Relevance >= MinimumRelevance && m.Article.ResponsibleBureauCodes.Count > 0)
            .ToList();
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            var codes = match.Article.ResponsibleBureauCodes;
            for (var i = 0; i < codes.Count; i++)
            {
                var share = (i == 0 ? 0.5 : 0) + (0.5 / codes.Count);
                votes[codes[i]] = votes.GetValueOrDefault(codes[i]) + (match.Relevance * share);
            }
        }

        if (votes.Count == 0)
        {
            return null;
        }

        var total = votes.Values.Sum();
        var (best, weight) = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First();
        if (weight < total * MinimumShare)
        {
            return null;
        }

        var cited = matches.First(m => m.Article.ResponsibleBureauCodes.Contains(best));
        return new BureauSuggestion(best, $"与问题相近的条款（如《{cited.Article.DocumentTitle}》{cited.Article.Citation}）以其为责任单位");
    }
}
