using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ServiceBot.Application.Common.Auditing;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Conversations;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Application.Conversations.Verification;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Bureaus;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Domain.Policies;
using ServiceBot.Infrastructure.Channels;
using ServiceBot.Infrastructure.Conversations;
using ServiceBot.Infrastructure.Deliveries;
using ServiceBot.Infrastructure.Identity;
using ServiceBot.Infrastructure.Outbox;
using ServiceBot.Infrastructure.Persistence.Conversions;
using ServiceBot.Infrastructure.Policies;
using ServiceBot.Infrastructure.Time;

namespace ServiceBot.Infrastructure.Persistence;

/// <summary>
/// The one database context: the case domain, accounts, the outbox and reference data. Instants are stored in UTC
/// (as ticks on SQLite, which has no native type for them; as <c>timestamptz</c> on PostgreSQL). The data-protection
/// keys live here too, so every host instance can read the cookies and bearer tokens any other one issued.
/// </summary>
public sealed class ServiceBotDbContext(DbContextOptions<ServiceBotDbContext> options)
    : IdentityUserContext<ApplicationUser>(options), IApplicationDbContext, IDataProtectionKeyContext
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE, the extended result code of a unique index violation.</summary>
    private const int SqliteUniqueConstraint = 2067;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CaseClock> CaseClocks => Set<CaseClock>();

    public DbSet<CaseEvaluation> CaseEvaluations => Set<CaseEvaluation>();

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<Bureau> Bureaus => Set<Bureau>();

    public DbSet<CountyLeader> CountyLeaders => Set<CountyLeader>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<InboxNotification> Notifications => Set<InboxNotification>();

    public DbSet<PolicyDocument> PolicyDocuments => Set<PolicyDocument>();

    public DbSet<PolicyDocumentVersion> PolicyDocumentVersions => Set<PolicyDocumentVersion>();

    public DbSet<PolicyArticle> PolicyArticles => Set<PolicyArticle>();

    public DbSet<ChatConversation> Conversations => Set<ChatConversation>();

    public DbSet<Handoff> Handoffs => Set<Handoff>();

    public DbSet<HandoffMessage> HandoffMessages => Set<HandoffMessage>();

    public DbSet<ChatVerification> ChatVerifications => Set<ChatVerification>();

    internal DbSet<DialogStateRecord> DialogStates => Set<DialogStateRecord>();

    internal DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    internal DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();

    internal DbSet<HolidayNoticeRecord> HolidayNotices => Set<HolidayNoticeRecord>();

    internal DbSet<PolicyRevisionCounter> PolicyRevisionCounters => Set<PolicyRevisionCounter>();

    internal DbSet<ConversationState> ConversationStates => Set<ConversationState>();

    internal DbSet<InboundActivity> InboundActivities => Set<InboundActivity>();

    internal DbSet<TranscriptActivity> TranscriptActivities => Set<TranscriptActivity>();

    internal DbSet<Delivery> Deliveries => Set<Delivery>();

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException("The data was changed by someone else.", ex);
        }
        catch (DbUpdateException ex) when (IsConcurrentAppend(ex))
        {
            // Two writers that loaded the same case (or handoff) give its next timeline entry (or relayed message) the
            // same sequence number; the database may refuse that insert before it checks the owner's version, and it is
            // the same conflict.
            throw new ConcurrencyConflictException("The case or handoff was changed by someone else.", ex);
        }
    }

    private static bool IsConcurrentAppend(DbUpdateException ex) =>
        ex.Entries.Any(e => e.Entity is TimelineEntry or HandoffMessage && e.State == EntityState.Added)
        && ex.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteUniqueConstraint,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcOffsetConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ServiceBotDbContext).Assembly);
    }
}
