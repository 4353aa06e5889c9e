using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Domain.Policies;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class PolicyDocumentConfiguration : IEntityTypeConfiguration<PolicyDocument>
{
    public void Configure(EntityTypeBuilder<PolicyDocument> builder)
    {
        builder.ToTable("PolicyDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Key).HasMaxLength(100);
        builder.HasIndex(d => d.Key).IsUnique();
        builder.Property(d => d.Title).HasMaxLength(PolicyDocument.MaxTitleLength);
        builder.Property(d => d.UpdatedBy).HasMaxLength(100);
        builder.Property(d => d.WithdrawalReason).HasMaxLength(500);

        // Every change takes a new revision; instances load the documents above the revision they reflect.
        builder.HasIndex(d => d.Revision).IsUnique();
        builder.Ignore(d => d.Current);

        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
