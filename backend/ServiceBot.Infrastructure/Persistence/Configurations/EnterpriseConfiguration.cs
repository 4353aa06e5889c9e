using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Domain.Enterprises;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.ToTable("Enterprises");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.CreditCode).HasMaxLength(18);
        builder.HasIndex(e => e.CreditCode).IsUnique();
        builder.Property(e => e.Town).HasMaxLength(50);
        builder.Property(e => e.Industry).HasMaxLength(50);
        builder.Property(e => e.ContactLeaderCode).HasMaxLength(32);

        // Key enterprises by the leader who keeps in touch with them; the cockpit counts cases by town.
        builder.HasIndex(e => e.ContactLeaderCode);
        builder.HasIndex(e => e.Town);
        builder.Ignore(e => e.DomainEvents);
        builder.HasMany(e => e.Contacts).WithOne().HasForeignKey("EnterpriseId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
