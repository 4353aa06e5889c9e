using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Infrastructure.Persistence.Conversions;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class HandoffMessageConfiguration : IEntityTypeConfiguration<HandoffMessage>
{
    public void Configure(EntityTypeBuilder<HandoffMessage> builder)
    {
        builder.ToTable("HandoffMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.AuthorId).HasMaxLength(100);
        builder.Property(m => m.AuthorName).HasMaxLength(100);
        builder.Property(m => m.Text).HasMaxLength(HandoffMessage.MaxTextLength);
        builder.Property(m => m.Files).HasConversion(new HandoffFilesConverter(), HandoffFilesConverter.Comparer).HasMaxLength(4000);
        builder.HasOne<Handoff>().WithMany().HasForeignKey(m => m.HandoffId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.HandoffId, m.Sequence }).IsUnique();
    }
}
