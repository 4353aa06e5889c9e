using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Domain.Enterprises;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class EnterpriseContactConfiguration : IEntityTypeConfiguration<EnterpriseContact>
{
    public void Configure(EntityTypeBuilder<EnterpriseContact> builder)
    {
        builder.ToTable("EnterpriseContacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.Property(c => c.Mobile).HasMaxLength(20);
        builder.Property(c => c.UserId).HasMaxLength(100);
    }
}
