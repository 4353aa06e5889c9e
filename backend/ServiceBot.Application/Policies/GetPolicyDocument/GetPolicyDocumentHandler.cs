using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Policies.GetPolicyDocument;

internal sealed class GetPolicyDocumentHandler(IApplicationDbContext db, TimeProvider time, ICalendarProvider calendar)
    : IRequestHandler<GetPolicyDocumentQuery, Result<PolicyDocumentDetail>>
{
    public async Task<Result<PolicyDocumentDetail>> Handle(GetPolicyDocumentQuery request, CancellationToken cancellationToken)
    {
        var today = calendar.Deadlines.LocalDate(time.GetUtcNow());
        var summary = await PolicyDocumentQueries.SummaryAsync(db, request.DocumentId, today, cancellationToken).ConfigureAwait(false);
        if (summary is null)
        {
            return PolicyDocumentQueries.NotFound(request.DocumentId);
        }

        var versions = await db.PolicyDocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == request.DocumentId)
            .OrderByDescending(v => v.Number)
            .Select(v => new PolicyVersionView(
                v.Number,
                v.Title,
                v.DocumentNumber,
                v.IssuingBody,
                v.Publisher,
                v.Region,
                v.IssuedOn,
                v.EffectiveFrom,
                v.EffectiveUntil,
                v.ValidityClause,
                v.SourceFileName,
                v.SourceFormat,
                v.ImportedAt,
                v.ImportedBy,
                db.PolicyArticles.Count(a => a.VersionId == v.Id)))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var shown = request.Version ?? summary.CurrentVersion;
        if (versions.All(v => v.Number != shown))
        {
            return Error.NotFound("policy.version.notFound", $"《{summary.Title}》没有第{shown}版。");
        }

        var articles = await (
                from v in db.PolicyDocumentVersions.AsNoTracking()
                where v.DocumentId == request.DocumentId && v.Number == shown
                join a in db.PolicyArticles.AsNoTracking() on v.Id equals a.VersionId
                orderby a.Ordinal
                select a)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var catalog = await BureauCatalog.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        var views = articles.Select(a => new PolicyArticleView(
                a.Id,
                a.Ordinal,
                a.Kind,
                a.Number,
                a.Citation,
                a.Heading,
                a.Context,
                a.Text,
                a.ResponsibleUnits.Select(n => catalog.Matcher.Match(n) is { } m ? new ResponsibleUnitView(n, m.Code, m.Name) : new ResponsibleUnitView(n, null, null)).ToList()))
            .ToList();
        return new PolicyDocumentDetail(summary, versions, shown, views);
    }
}
