using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class ChargingSessionConfiguration : IEntityTypeConfiguration<ChargingSession>
{
    public void Configure(EntityTypeBuilder<ChargingSession> builder)
    {
        // INTEGER PRIMARY KEY AUTOINCREMENT: transaction ids are never reused, even after a delete.
        builder.HasKey(s => s.TransactionId);
        builder.Property(s => s.TransactionId).ValueGeneratedOnAdd();
        builder.Property(s => s.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(s => s.IdTag).HasMaxLength(20).UseCollation("NOCASE");
        builder.Property(s => s.StopIdTag).HasMaxLength(20);
        builder.Property(s => s.StopReason).HasMaxLength(20);
        builder.Property(s => s.InterruptionReason).HasMaxLength(40);
        builder.Property(s => s.TagGroup).HasMaxLength(20).UseCollation("NOCASE");
        builder.Property(s => s.CostCurrency).HasMaxLength(3);
        builder.HasOne<TariffVersion>().WithMany().HasForeignKey(s => s.TariffVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChargePoint>().WithMany().HasForeignKey(s => s.ChargePointId).OnDelete(DeleteBehavior.Restrict);
        // The identity of a StartTransaction: a resend after a lost answer finds this row instead of adding one.
        builder.HasIndex(s => new { s.ChargePointId, s.ConnectorId, s.StartedAt, s.MeterStartWh, s.IdTag }).IsUnique();
        builder.HasIndex(s => new { s.ChargePointId, s.Status });
        builder.HasIndex(s => new { s.IdTag, s.Status });
        builder.HasIndex(s => s.StartedAt);
        builder.HasIndex(s => s.EndedAt);
        builder.HasIndex(s => new { s.TagGroup, s.EndedAt });
        // A chain's segments, for its one receipt and the session page's chain.
        builder.HasIndex(s => s.ChainRootId);
        // The latest session on a connector (continuation, on every Preparing) without sorting its whole history.
        builder.HasIndex(s => new { s.ChargePointId, s.ConnectorId, s.TransactionId });
        // Held receipts are few: a departing vehicle (every Available) finds them without reading the connector's history.
        builder.HasIndex(s => s.ReceiptHeldUntil).HasFilter("ReceiptHeldUntil IS NOT NULL");
    }
}
