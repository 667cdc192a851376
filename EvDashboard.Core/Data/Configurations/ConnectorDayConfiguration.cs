using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class ConnectorDayConfiguration : IEntityTypeConfiguration<ConnectorDay>
{
    public void Configure(EntityTypeBuilder<ConnectorDay> builder)
    {
        builder.HasKey(d => new { d.ChargePointId, d.ConnectorId, d.Day });
        builder.Property(d => d.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.HasIndex(d => d.Day);

        // Covering: reports by day or week read the day's sums from the index in Day order, with no table lookups.
        builder.HasIndex(d => new
        {
            d.Day, d.EnergyWh, d.Sessions, d.FailedSessions, d.ChargingSeconds, d.OccupiedSeconds, d.AvailableSeconds, d.FaultedSeconds,
            d.UnavailableSeconds, d.OfflineSeconds, d.UnknownSeconds,
        }).HasDatabaseName("IX_ConnectorDays_DaySums");
    }
}
