using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class MeterSampleConfiguration : IEntityTypeConfiguration<MeterSample>
{
    public void Configure(EntityTypeBuilder<MeterSample> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(m => m.Measurand).HasMaxLength(40);
        builder.Property(m => m.Phase).HasMaxLength(8);
        builder.Property(m => m.Location).HasMaxLength(8);
        builder.Property(m => m.Context).HasMaxLength(24);
        builder.Property(m => m.Unit).HasMaxLength(12);
        builder.Property(m => m.Format).HasMaxLength(12);
        builder.Property(m => m.RawValue).HasMaxLength(2500);
        // A replayed sample has the same key (defaults are filled in, so no column is NULL) and is stored once.
        // Time first: new samples land at the end of the index (a few hot pages per commit, not one per charge point),
        // and the same index serves network-wide time ranges (power history), so the table needs one index less.
        builder.HasIndex(m => new { m.Timestamp, m.ChargePointId, m.ConnectorId, m.Measurand, m.Phase, m.Location, m.Context }).IsUnique();
        builder.HasIndex(m => new { m.TransactionId, m.Timestamp });
    }
}
