using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Application.Conversations;
using ServiceBot.Infrastructure.Conversations;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class DialogStateRecordConfiguration : IEntityTypeConfiguration<DialogStateRecord>
{
    public void Configure(EntityTypeBuilder<DialogStateRecord> builder)
    {
        builder.ToTable("DialogStates");
        builder.HasKey(s => s.ConversationId);
        builder.Property(s => s.ConversationId).HasMaxLength(ChatConversation.MaxIdLength);
        builder.Property(s => s.Json).HasMaxLength(64_000);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
