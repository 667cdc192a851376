using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class ConnectionEventConfiguration : IEntityTypeConfiguration<ConnectionEvent>
{
    public void Configure(EntityTypeBuilder<ConnectionEvent> builder)
    {
        builder.Property(e => e.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.HasIndex(e => new { e.ChargePointId, e.At });
        builder.HasIndex(e => e.At);
    }
}
