using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class CaseClockConfiguration : IEntityTypeConfiguration<CaseClock>
{
    public void Configure(EntityTypeBuilder<CaseClock> builder)
    {
        builder.ToTable("CaseClocks");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.BureauCode).HasMaxLength(32);
        builder.Property(k => k.ResponsibleBureauCode).HasMaxLength(32);
        builder.Ignore(k => k.IsActive);
        builder.Ignore(k => k.MetDeadline);

        // The overdue filters look for running clocks by due time.
        builder.HasIndex(k => new { k.Status, k.DueAt });

        // The deadline engine's queue: the clocks whose next check has come, oldest first (null for idle clocks).
        builder.HasIndex(k => k.NextCheckAt);

        // The bureaus' figures for a period: clocks of a kind that started or fell due in it.
        builder.HasIndex(k => new { k.Kind, k.DueDate });
        builder.HasIndex(k => new { k.Kind, k.StartedAt });
    }
}
