using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class ConnectorStatusChangeConfiguration : IEntityTypeConfiguration<ConnectorStatusChange>
{
    public void Configure(EntityTypeBuilder<ConnectorStatusChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(c => c.ErrorCode).HasMaxLength(30);
        builder.Property(c => c.Info).HasMaxLength(50);
        builder.Property(c => c.VendorId).HasMaxLength(255);
        builder.Property(c => c.VendorErrorCode).HasMaxLength(50);
        // A replayed StatusNotification (same connector, time, status and error) is stored once.
        builder.HasIndex(c => new { c.ChargePointId, c.ConnectorId, c.Timestamp, c.Status, c.ErrorCode }).IsUnique();
        // The latest events across the network (overview, wall ticker).
        builder.HasIndex(c => c.ReceivedAt);
    }
}
