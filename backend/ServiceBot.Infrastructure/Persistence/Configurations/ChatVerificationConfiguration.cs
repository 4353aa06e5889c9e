using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Application.Conversations.Verification;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class ChatVerificationConfiguration : IEntityTypeConfiguration<ChatVerification>
{
    public void Configure(EntityTypeBuilder<ChatVerification> builder)
    {
        builder.ToTable("ChatVerifications");
        builder.HasKey(v => v.UserId);
        builder.Property(v => v.UserId).HasMaxLength(100);
        builder.Property(v => v.Mobile).HasMaxLength(20);
        builder.Property(v => v.CodeHash).HasMaxLength(64);
    }
}
