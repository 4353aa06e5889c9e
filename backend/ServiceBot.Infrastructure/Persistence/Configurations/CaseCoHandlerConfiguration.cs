using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class CaseCoHandlerConfiguration : IEntityTypeConfiguration<CaseCoHandler>
{
    public void Configure(EntityTypeBuilder<CaseCoHandler> builder)
    {
        builder.ToTable("CaseCoHandlers");
        builder.Property<Guid>("CaseId");
        builder.HasKey("CaseId", nameof(CaseCoHandler.BureauCode));
        builder.Property(h => h.BureauCode).HasMaxLength(32);
        builder.Property(h => h.Input).HasMaxLength(Case.MaxNoteLength);
        builder.HasIndex(h => h.BureauCode);
    }
}
