using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class CaseEvaluationConfiguration : IEntityTypeConfiguration<CaseEvaluation>
{
    public void Configure(EntityTypeBuilder<CaseEvaluation> builder)
    {
        builder.ToTable("CaseEvaluations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Comment).HasMaxLength(Case.MaxNoteLength);

        builder.Property(e => e.BureauCode).HasMaxLength(32);

        // The satisfaction figures of a period, from the index alone.
        builder.HasIndex(e => new { e.At, e.Rating, e.Solved, e.BureauCode });
    }
}
