using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Application.Notifications;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class InboxNotificationConfiguration : IEntityTypeConfiguration<InboxNotification>
{
    public void Configure(EntityTypeBuilder<InboxNotification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.RecipientUserId).HasMaxLength(100);
        builder.Property(n => n.Kind).HasMaxLength(60);
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.Property(n => n.CaseNumber).HasMaxLength(20);

        // One notification per event and recipient: a redelivered event cannot show twice.
        builder.HasIndex(n => new { n.SourceEventId, n.RecipientUserId }).IsUnique();
        builder.HasIndex(n => new { n.RecipientUserId, n.ReadAt, n.CreatedAt });
    }
}
