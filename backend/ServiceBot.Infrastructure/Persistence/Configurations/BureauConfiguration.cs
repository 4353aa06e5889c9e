using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Domain.Bureaus;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class BureauConfiguration : IEntityTypeConfiguration<Bureau>
{
    public void Configure(EntityTypeBuilder<Bureau> builder)
    {
        builder.ToTable("Bureaus");
        builder.HasKey(b => b.Code);
        builder.Property(b => b.Code).HasMaxLength(32);
        builder.Property(b => b.Name).HasMaxLength(100);
        builder.Property(b => b.Duties).HasMaxLength(2000);
        builder.Property(b => b.LeaderInChargeCode).HasMaxLength(32);
    }
}
