using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Domain.Policies;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class PolicyDocumentVersionConfiguration : IEntityTypeConfiguration<PolicyDocumentVersion>
{
    public void Configure(EntityTypeBuilder<PolicyDocumentVersion> builder)
    {
        builder.ToTable("PolicyDocumentVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        builder.Property(v => v.Title).HasMaxLength(PolicyDocument.MaxTitleLength);
        builder.Property(v => v.DocumentNumber).HasMaxLength(100);
        builder.Property(v => v.IssuingBody).HasMaxLength(200);
        builder.Property(v => v.Publisher).HasMaxLength(200);
        builder.Property(v => v.Region).HasMaxLength(50);
        builder.Property(v => v.ValidityClause).HasMaxLength(1000);
        builder.Property(v => v.SourceFileName).HasMaxLength(260);
        builder.Property(v => v.SourceFormat).HasMaxLength(10);
        builder.Property(v => v.SourceFileKey).HasMaxLength(300);
        builder.Property(v => v.ContentHash).HasMaxLength(64);
        builder.HasIndex(v => v.ContentHash);
        builder.Property(v => v.ImportedBy).HasMaxLength(100);
        builder.Ignore(v => v.Validity);

        builder.HasMany(v => v.Articles).WithOne().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Articles).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
