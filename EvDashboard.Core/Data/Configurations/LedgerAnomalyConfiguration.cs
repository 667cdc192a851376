using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class LedgerAnomalyConfiguration : IEntityTypeConfiguration<LedgerAnomaly>
{
    public void Configure(EntityTypeBuilder<LedgerAnomaly> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(a => a.Detail).HasMaxLength(500);
        builder.HasIndex(a => new { a.ChargePointId, a.At });
    }
}
