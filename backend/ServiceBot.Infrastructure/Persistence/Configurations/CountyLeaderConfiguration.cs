using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Domain.Bureaus;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class CountyLeaderConfiguration : IEntityTypeConfiguration<CountyLeader>
{
    public void Configure(EntityTypeBuilder<CountyLeader> builder)
    {
        builder.ToTable("CountyLeaders");
        builder.HasKey(l => l.Code);
        builder.Property(l => l.Code).HasMaxLength(32);
        builder.Property(l => l.Title).HasMaxLength(50);
        builder.Property(l => l.Name).HasMaxLength(50);
    }
}
