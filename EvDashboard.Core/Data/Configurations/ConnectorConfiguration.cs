using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class ConnectorConfiguration : IEntityTypeConfiguration<Connector>
{
    public void Configure(EntityTypeBuilder<Connector> builder)
    {
        builder.HasKey(c => new { c.ChargePointId, c.ConnectorId });
        builder.HasOne<ChargePoint>().WithMany().HasForeignKey(c => c.ChargePointId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.ErrorCode).HasMaxLength(30);
        builder.Property(c => c.Info).HasMaxLength(50);
        builder.Property(c => c.VendorId).HasMaxLength(255);
        builder.Property(c => c.VendorErrorCode).HasMaxLength(50);
    }
}
