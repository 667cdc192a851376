using EvDashboard.Core.Healing;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class SessionContinuationConfiguration : IEntityTypeConfiguration<SessionContinuation>
{
    public void Configure(EntityTypeBuilder<SessionContinuation> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(c => c.IdTag).HasMaxLength(20).UseCollation("NOCASE");
        builder.Property(c => c.Trigger).HasMaxLength(40);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Detail).HasMaxLength(SessionContinuation.MaxDetailLength);
        builder.HasOne<ChargingSession>().WithMany().HasForeignKey(c => c.PreviousTransactionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ChargePointId, c.ConnectorId, c.RequestedAt });
        builder.HasIndex(c => c.RootTransactionId);
        builder.HasIndex(c => c.PreviousTransactionId);
    }
}
