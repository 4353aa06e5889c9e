using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Infrastructure.Deliveries;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("Deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.IdempotencyKey).HasMaxLength(400);
        builder.Property(d => d.Kind).HasMaxLength(40);
        builder.Property(d => d.Target).HasMaxLength(250);
        builder.Property(d => d.ReplyTo).HasMaxLength(200);
        builder.Property(d => d.LastError).HasMaxLength(2000);
        builder.Property(d => d.LockedBy).HasMaxLength(100);

        // The same message to the same target is queued once, however often its source is retried.
        builder.HasIndex(d => d.IdempotencyKey).IsUnique();
        builder.HasIndex(d => new { d.DeliveredAt, d.FailedAt, d.NextAttemptAt });
        builder.HasIndex(d => new { d.Target, d.Id });
    }
}
