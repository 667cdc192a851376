using EvDashboard.Core.Healing;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class PlaybookRunConfiguration : IEntityTypeConfiguration<PlaybookRun>
{
    public void Configure(EntityTypeBuilder<PlaybookRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Playbook).HasMaxLength(40);
        builder.Property(r => r.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Detail).HasMaxLength(PlaybookRun.MaxDetailLength);
        builder.HasOne<ChargePoint>().WithMany().HasForeignKey(r => r.ChargePointId).OnDelete(DeleteBehavior.Cascade);
        // At most one running run per playbook and connector.
        builder.HasIndex(r => new { r.Playbook, r.ChargePointId, r.ConnectorId }).IsUnique().HasFilter("\"Status\" = 'Running'");
        builder.HasIndex(r => new { r.ChargePointId, r.StartedAt });
    }
}
