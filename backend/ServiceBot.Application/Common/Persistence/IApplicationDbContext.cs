using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Auditing;
using ServiceBot.Application.Conversations;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Application.Conversations.Verification;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Bureaus;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Domain.Policies;

namespace ServiceBot.Application.Common.Persistence;

/// <summary>
/// The unit of persistence handlers work with. Saving writes the domain events of changed aggregates to the outbox
/// in the same transaction.
/// </summary>
public interface IApplicationDbContext
{
    DbSet<Case> Cases { get; }

    /// <summary>
    /// The clocks of all cases, for reading across cases (the cockpit's lights and figures); a clock only ever
    /// changes through its case.
    /// </summary>
    DbSet<CaseClock> CaseClocks { get; }

    /// <summary>The evaluations of all cases, for reading across cases (the cockpit's trends).</summary>
    DbSet<CaseEvaluation> CaseEvaluations { get; }

    DbSet<Enterprise> Enterprises { get; }

    DbSet<Bureau> Bureaus { get; }

    DbSet<CountyLeader> CountyLeaders { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<InboxNotification> Notifications { get; }

    DbSet<PolicyDocument> PolicyDocuments { get; }

    DbSet<PolicyDocumentVersion> PolicyDocumentVersions { get; }

    DbSet<PolicyArticle> PolicyArticles { get; }

    DbSet<ChatConversation> Conversations { get; }

    DbSet<Handoff> Handoffs { get; }

    DbSet<HandoffMessage> HandoffMessages { get; }

    DbSet<ChatVerification> ChatVerifications { get; }

    /// <exception cref="ConcurrencyConflictException">Someone else changed the same aggregate first.</exception>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
