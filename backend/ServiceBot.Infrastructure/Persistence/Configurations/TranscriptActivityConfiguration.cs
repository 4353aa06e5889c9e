using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Application.Conversations;
using ServiceBot.Infrastructure.Channels;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class TranscriptActivityConfiguration : IEntityTypeConfiguration<TranscriptActivity>
{
    public void Configure(EntityTypeBuilder<TranscriptActivity> builder)
    {
        builder.ToTable("TranscriptActivities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.ConversationId).HasMaxLength(ChatConversation.MaxIdLength);
        builder.Property(a => a.IdempotencyKey).HasMaxLength(400);
        builder.HasIndex(a => new { a.ConversationId, a.Sequence }).IsUnique();
        builder.HasIndex(a => new { a.ConversationId, a.IdempotencyKey }).IsUnique();
        builder.HasOne<ChatConversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
