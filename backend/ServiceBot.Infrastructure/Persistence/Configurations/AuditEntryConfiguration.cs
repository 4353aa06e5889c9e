using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Application.Common.Auditing;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ActorId).HasMaxLength(100);
        builder.Property(a => a.ActorRole).HasMaxLength(40);
        builder.Property(a => a.Request).HasMaxLength(100);
        builder.Property(a => a.Subject).HasMaxLength(100);
        builder.HasIndex(a => a.At);
    }
}
