using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Domain.Policies;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class PolicyArticleConfiguration : IEntityTypeConfiguration<PolicyArticle>
{
    public void Configure(EntityTypeBuilder<PolicyArticle> builder)
    {
        builder.ToTable("PolicyArticles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.VersionId, a.Ordinal }).IsUnique();
        builder.Property(a => a.Number).HasMaxLength(50);
        builder.Property(a => a.Citation).HasMaxLength(100);
        builder.Property(a => a.Heading).HasMaxLength(200);
        builder.Property(a => a.Text).HasMaxLength(PolicyArticle.MaxTextLength);

        // Small lists read with the article, never queried into: JSON text on SQLite, arrays on PostgreSQL.
        builder.PrimitiveCollection(a => a.Context);
        builder.PrimitiveCollection(a => a.ResponsibleUnits);
        builder.PrimitiveCollection(a => a.ResponsibleBureauCodes);
    }
}
