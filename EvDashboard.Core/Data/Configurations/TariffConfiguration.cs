using EvDashboard.Core.Tariffs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class TariffConfiguration : IEntityTypeConfiguration<Tariff>
{
    public void Configure(EntityTypeBuilder<Tariff> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Tariff.MaxNameLength).UseCollation("NOCASE");
        builder.Property(t => t.Description).HasMaxLength(Tariff.MaxDescriptionLength);
        builder.Property(t => t.Currency).HasMaxLength(3);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
