using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Infrastructure.Policies;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class PolicyRevisionCounterConfiguration : IEntityTypeConfiguration<PolicyRevisionCounter>
{
    public void Configure(EntityTypeBuilder<PolicyRevisionCounter> builder)
    {
        builder.ToTable("PolicyRevisionCounters");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
    }
}
