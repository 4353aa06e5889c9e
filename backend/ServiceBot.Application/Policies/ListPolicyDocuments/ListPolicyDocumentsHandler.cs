using MediatR;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Policies;

namespace ServiceBot.Application.Policies.ListPolicyDocuments;

internal sealed class ListPolicyDocumentsHandler(IApplicationDbContext db, TimeProvider time, ICalendarProvider calendar)
    : IRequestHandler<ListPolicyDocumentsQuery, Result<IReadOnlyList<PolicyDocumentSummary>>>
{
    public async Task<Result<IReadOnlyList<PolicyDocumentSummary>>> Handle(ListPolicyDocumentsQuery request, CancellationToken cancellationToken)
    {
        var documents = request.IncludeWithdrawn ? db.PolicyDocuments : db.PolicyDocuments.Where(d => d.Status == PolicyDocumentStatus.Active);
        var today = calendar.Deadlines.LocalDate(time.GetUtcNow());
        return await PolicyDocumentQueries.SummariesAsync(db, documents, today, cancellationToken).ConfigureAwait(false);
    }
}
