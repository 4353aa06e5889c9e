using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Domain.Cases;
using ServiceBot.Infrastructure.Persistence.Conversions;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("CaseTimeline");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Action).HasMaxLength(40);
        builder.Property(t => t.ActorId).HasMaxLength(100);
        builder.Property(t => t.ActorName).HasMaxLength(100);
        builder.Property(t => t.ActorBureauCode).HasMaxLength(32);
        builder.Property(t => t.Note).HasMaxLength(Case.MaxNoteLength);
        builder.Property(t => t.Data).HasConversion(new JsonDictionaryConverter(), JsonDictionaryConverter.Comparer).HasMaxLength(2000);
        builder.HasIndex("CaseId", nameof(TimelineEntry.Sequence)).IsUnique();

        // The bureaus' figures for a period: returns, extensions, answers and reopenings that happened in it.
        builder.HasIndex(t => new { t.Action, t.At });
    }
}
