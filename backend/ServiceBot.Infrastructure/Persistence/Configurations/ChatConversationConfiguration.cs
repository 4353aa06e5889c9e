using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Application.Conversations;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class ChatConversationConfiguration : IEntityTypeConfiguration<ChatConversation>
{
    public void Configure(EntityTypeBuilder<ChatConversation> builder)
    {
        builder.ToTable("Conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(ChatConversation.MaxIdLength);
        builder.Property(c => c.ChannelId).HasMaxLength(50);
        builder.Property(c => c.ChannelConversationId).HasMaxLength(ChatConversation.MaxIdLength);
        builder.Property(c => c.ServiceUrl).HasMaxLength(500);
        builder.Property(c => c.BotId).HasMaxLength(200);
        builder.Property(c => c.BotName).HasMaxLength(200);
        builder.Property(c => c.UserId).HasMaxLength(200);
        builder.Property(c => c.UserName).HasMaxLength(200);
        builder.Property(c => c.Locale).HasMaxLength(20);
        builder.Property(c => c.LinkedUserId).HasMaxLength(100);
        builder.Ignore(c => c.IsBuiltIn);

        // Notifications look up the latest conversation of an account; a new conversation inherits the link of the channel user's last one.
        builder.HasIndex(c => new { c.LinkedUserId, c.LastActivityAt });
        builder.HasIndex(c => new { c.ChannelId, c.UserId, c.LastActivityAt });
    }
}
