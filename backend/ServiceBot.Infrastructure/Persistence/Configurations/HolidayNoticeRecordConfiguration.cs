using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Infrastructure.Time;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class HolidayNoticeRecordConfiguration : IEntityTypeConfiguration<HolidayNoticeRecord>
{
    public void Configure(EntityTypeBuilder<HolidayNoticeRecord> builder)
    {
        builder.ToTable("HolidayNotices");
        builder.HasKey(h => h.Year);
        builder.Property(h => h.Year).ValueGeneratedNever();
        builder.Property(h => h.Notice).HasMaxLength(500);
        builder.PrimitiveCollection(h => h.DaysOff);
        builder.PrimitiveCollection(h => h.MakeUpWorkdays);
    }
}
