using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class ChargePointConfiguration : IEntityTypeConfiguration<ChargePoint>
{
    public void Configure(EntityTypeBuilder<ChargePoint> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.KeyHash).HasMaxLength(120);
        // Stored as the whitepaper's profile number (0, 1, 2) and the approval's name, readable in the database.
        builder.Property(c => c.SecurityProfile);
        builder.Property(c => c.Approval).HasConversion<string>().HasMaxLength(10);
        // OCPP 1.6 BootNotification field limits (CiString20/25/50).
        builder.Property(c => c.Vendor).HasMaxLength(20);
        builder.Property(c => c.Model).HasMaxLength(20);
        builder.Property(c => c.ChargePointSerialNumber).HasMaxLength(25);
        builder.Property(c => c.ChargeBoxSerialNumber).HasMaxLength(25);
        builder.Property(c => c.FirmwareVersion).HasMaxLength(50);
        builder.Property(c => c.Iccid).HasMaxLength(20);
        builder.Property(c => c.Imsi).HasMaxLength(20);
        builder.Property(c => c.MeterType).HasMaxLength(25);
        builder.Property(c => c.MeterSerialNumber).HasMaxLength(25);
        builder.Property(c => c.FirmwareStatus).HasMaxLength(30);
        builder.Property(c => c.DiagnosticsStatus).HasMaxLength(30);
    }
}
