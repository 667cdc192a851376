using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class RevenueDayConfiguration : IEntityTypeConfiguration<RevenueDay>
{
    public void Configure(EntityTypeBuilder<RevenueDay> builder)
    {
        builder.HasKey(d => new { d.ChargePointId, d.ConnectorId, d.Day, d.Currency, d.TariffId, d.TagGroup });
        builder.Property(d => d.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(d => d.Currency).HasMaxLength(3);
        builder.Property(d => d.TagGroup).HasMaxLength(20);
        builder.HasIndex(d => d.Day);

        // Covering: reports by day or week read the day's sums from the index in Day order, with no table lookups and no sort.
        builder.HasIndex(d => new { d.Day, d.Currency, d.Sessions, d.EnergyWh, d.NetMinor, d.VatMinor, d.GrossMinor }).HasDatabaseName("IX_RevenueDays_DaySums");
    }
}
