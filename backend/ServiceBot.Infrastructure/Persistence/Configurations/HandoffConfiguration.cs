using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Application.Conversations;
using ServiceBot.Application.Conversations.Handoffs;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class HandoffConfiguration : IEntityTypeConfiguration<Handoff>
{
    public void Configure(EntityTypeBuilder<Handoff> builder)
    {
        builder.ToTable("Handoffs");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.ConversationId).HasMaxLength(ChatConversation.MaxIdLength);
        builder.Property(h => h.UserId).HasMaxLength(100);
        builder.Property(h => h.UserName).HasMaxLength(100);
        builder.Property(h => h.Reason).HasMaxLength(Handoff.MaxReasonLength);
        builder.Property(h => h.AcceptedById).HasMaxLength(100);
        builder.Property(h => h.AcceptedByName).HasMaxLength(100);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.Ignore(h => h.IsOpen);

        // The chat asks for a conversation's open handoff on every turn; the queue lists by status in request order.
        builder.HasIndex(h => new { h.ConversationId, h.Status });
        builder.HasIndex(h => new { h.Status, h.RequestedAt });
    }
}
