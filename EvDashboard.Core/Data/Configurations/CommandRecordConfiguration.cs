using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class CommandRecordConfiguration : IEntityTypeConfiguration<CommandRecord>
{
    public void Configure(EntityTypeBuilder<CommandRecord> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(c => c.Action).HasMaxLength(40);
        builder.Property(c => c.RequestedBy).HasMaxLength(100);
        builder.Property(c => c.ErrorCode).HasMaxLength(40);
        builder.HasIndex(c => new { c.ChargePointId, c.SentAt });
    }
}
