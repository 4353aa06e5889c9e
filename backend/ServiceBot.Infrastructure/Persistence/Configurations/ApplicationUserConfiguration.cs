using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Infrastructure.Identity;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.BureauCode).HasMaxLength(32);
        builder.Property(u => u.LeaderCode).HasMaxLength(32);
        builder.HasIndex(u => new { u.Role, u.BureauCode });
        builder.HasIndex(u => u.EnterpriseId);
    }
}
