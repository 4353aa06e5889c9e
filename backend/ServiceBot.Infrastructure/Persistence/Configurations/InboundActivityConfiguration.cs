using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Application.Conversations;
using ServiceBot.Infrastructure.Channels;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class InboundActivityConfiguration : IEntityTypeConfiguration<InboundActivity>
{
    public void Configure(EntityTypeBuilder<InboundActivity> builder)
    {
        builder.ToTable("InboundActivities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.ConversationId).HasMaxLength(ChatConversation.MaxIdLength);
        builder.Property(a => a.DedupKey).HasMaxLength(400);
        builder.Property(a => a.Source).HasMaxLength(40);
        builder.Property(a => a.Error).HasMaxLength(2000);

        // A retried activity is recorded once.
        builder.HasIndex(a => a.DedupKey).IsUnique();
        builder.HasIndex(a => new { a.ConversationId, a.ProcessedAt, a.Id });
        builder.HasIndex(a => new { a.ProcessedAt, a.ReceivedAt });
        builder.HasOne<ChatConversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
