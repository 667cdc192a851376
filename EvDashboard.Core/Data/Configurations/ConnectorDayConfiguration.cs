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
    }
}
