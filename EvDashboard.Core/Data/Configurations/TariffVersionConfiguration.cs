using EvDashboard.Core.Tariffs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class TariffVersionConfiguration : IEntityTypeConfiguration<TariffVersion>
{
    public void Configure(EntityTypeBuilder<TariffVersion> builder)
    {
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
        builder.HasOne(v => v.Tariff).WithMany().HasForeignKey(v => v.TariffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.TariffId, v.Version }).IsUnique();
        builder.Ignore(v => v.Definition);
    }
}
