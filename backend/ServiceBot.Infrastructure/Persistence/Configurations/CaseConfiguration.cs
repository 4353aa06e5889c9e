using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Infrastructure.Persistence.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(20).IsRequired();
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Channel).HasMaxLength(50);
        builder.Property(c => c.Category).HasMaxLength(50);
        builder.Property(c => c.Title).HasMaxLength(100);
        builder.Property(c => c.Description).HasMaxLength(Case.MaxDescriptionLength);
        builder.Property(c => c.ContactName).HasMaxLength(50);
        builder.Property(c => c.ContactMobile).HasMaxLength(20);
        builder.Property(c => c.ConversationId).HasMaxLength(200);
        builder.Property(c => c.LeadBureauCode).HasMaxLength(32);
        builder.Property(c => c.SuggestedBureauCode).HasMaxLength(32);
        builder.Property(c => c.EscalatedToLeaderCode).HasMaxLength(32);
        builder.Property(c => c.MergedIntoNumber).HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.DomainEvents);
        builder.Ignore(c => c.IsOpen);

        builder.HasIndex(c => c.EnterpriseId);
        builder.HasIndex(c => new { c.LeadBureauCode, c.State });
        builder.HasIndex(c => new { c.State, c.SubmittedAt });
        builder.HasIndex(c => c.SubmittedAt);

        // The cockpit's live counts read every open case's state, category, bureau, escalation and enterprise: from
        // this index alone. Leaders list the cases raised to them.
        builder.HasIndex(c => new { c.State, c.Category, c.LeadBureauCode, c.EscalationLevel, c.EnterpriseId, c.Id });
        builder.HasIndex(c => new { c.EscalationLevel, c.State });

        builder.HasMany(c => c.CoHandlers).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Clocks).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Timeline).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Attachments).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Evaluations).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(Case.CoHandlers), nameof(Case.Clocks), nameof(Case.Timeline), nameof(Case.Attachments), nameof(Case.Evaluations) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}
