using MediatR;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Policies.SearchPolicies;

internal sealed class SearchPoliciesHandler(
    IApplicationDbContext db, PolicySearchIndex index, TimeProvider time, ICalendarProvider calendar, IOptionsMonitor<PoliciesOptions> options)
    : IRequestHandler<SearchPoliciesQuery, Result<IReadOnlyList<PolicySearchResult>>>
{
    public async Task<Result<IReadOnlyList<PolicySearchResult>>> Handle(SearchPoliciesQuery request, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var snapshot = await index.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
        var matches = snapshot.Search(snapshot.Analyze(request.Q), request.Top, settings.RegionBoost);
        if (matches.Count == 0)
        {
            return Result<IReadOnlyList<PolicySearchResult>>.Ok([]);
        }

        var catalog = await BureauCatalog.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        var today = calendar.Deadlines.LocalDate(time.GetUtcNow());
        var results = matches.Select((m, i) => new PolicySearchResult(
                i + 1,
                m.Article.DocumentId,
                m.Article.DocumentTitle,
                m.Article.Version,
                m.Article.ArticleId,
                m.Article.Citation,
                m.Article.Number,
                m.Article.Heading,
                m.Article.Context,
                m.Article.Text,
                Math.Round(m.Relevance, 4),
                Math.Round(m.Coverage, 4),
                m.Relevance >= settings.AnswerThreshold,
                PolicyPresentation.Validity(m.Article.Validity, today),
                PolicyPresentation.Units(m.Article, catalog.Matcher)))
            .ToList();
        return results;
    }
}
