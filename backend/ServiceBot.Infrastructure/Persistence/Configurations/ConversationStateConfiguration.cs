using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Application.Conversations;
using ServiceBot.Infrastructure.Channels;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class ConversationStateConfiguration : IEntityTypeConfiguration<ConversationState>
{
    public void Configure(EntityTypeBuilder<ConversationState> builder)
    {
        builder.ToTable("ConversationStates");
        builder.HasKey(s => s.ConversationId);
        builder.Property(s => s.ConversationId).HasMaxLength(ChatConversation.MaxIdLength);
        builder.Property(s => s.LockedBy).HasMaxLength(100);
        builder.HasOne<ChatConversation>().WithOne().HasForeignKey<ConversationState>(s => s.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
