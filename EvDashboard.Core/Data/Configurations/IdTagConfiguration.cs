using EvDashboard.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class IdTagConfiguration : IEntityTypeConfiguration<IdTag>
{
    public void Configure(EntityTypeBuilder<IdTag> builder)
    {
        builder.HasKey(t => t.Value);
        // OCPP 1.6 IdToken is a CiString20: case-insensitive.
        builder.Property(t => t.Value).HasMaxLength(IdTag.MaxLength).UseCollation("NOCASE");
        builder.Property(t => t.ParentIdTag).HasMaxLength(IdTag.MaxLength).UseCollation("NOCASE");
        builder.Property(t => t.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.OwnerName).HasMaxLength(IdTag.MaxOwnerNameLength);
        builder.Property(t => t.OwnerEmail).HasMaxLength(254);
        builder.Property(t => t.OwnerWebhookUrl).HasMaxLength(500);
        builder.Property(t => t.BudgetPeriod).HasConversion<string>().HasMaxLength(8);
        builder.Property(t => t.BudgetCurrency).HasMaxLength(TagBudget.CurrencyLength);
        builder.Ignore(t => t.Budget);
        builder.HasIndex(t => t.Status);
    }
}
