using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Policies;

namespace ServiceBot.Application.Policies.Common;

/// <summary>Read-side projections of policy documents shared by the list, the detail and the admin commands.</summary>
internal static class PolicyDocumentQueries
{
    public static async Task<List<PolicyDocumentSummary>> SummariesAsync(IApplicationDbContext db, IQueryable<PolicyDocument> documents, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await (
                from d in documents.AsNoTracking()
                join v in db.PolicyDocumentVersions.AsNoTracking() on new { DocumentId = d.Id, Number = d.CurrentVersion } equals new { v.DocumentId, v.Number }
                orderby d.Status, d.Title
                select new
                {
                    d.Id,
                    d.Key,
                    d.Title,
                    d.Status,
                    d.CurrentVersion,
                    v.DocumentNumber,
                    v.IssuingBody,
                    v.Publisher,
                    v.Region,
                    v.IssuedOn,
                    v.EffectiveFrom,
                    v.EffectiveUntil,
                    v.ValidityClause,
                    Articles = db.PolicyArticles.Count(a => a.VersionId == v.Id),
                    v.SourceFileName,
                    d.UpdatedAt,
                    d.UpdatedBy,
                    d.WithdrawnAt,
                    d.WithdrawalReason,
                })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return rows.Select(r => new PolicyDocumentSummary(
                r.Id,
                r.Key,
                r.Title,
                r.Status,
                r.CurrentVersion,
                r.DocumentNumber,
                r.IssuingBody,
                r.Publisher,
                r.Region,
                r.IssuedOn,
                PolicyPresentation.Validity(new PolicyValidity(r.EffectiveFrom, r.EffectiveUntil, r.ValidityClause), today),
                r.Articles,
                r.SourceFileName,
                r.UpdatedAt,
                r.UpdatedBy,
                r.WithdrawnAt,
                r.WithdrawalReason))
            .ToList();
    }

    public static async Task<PolicyDocumentSummary?> SummaryAsync(IApplicationDbContext db, Guid id, DateOnly today, CancellationToken cancellationToken) =>
        (await SummariesAsync(db, db.PolicyDocuments.Where(d => d.Id == id), today, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public static Domain.Common.Error NotFound(Guid id) => Domain.Common.Error.NotFound("policy.notFound", $"未找到政策文件 {id}。");
}
