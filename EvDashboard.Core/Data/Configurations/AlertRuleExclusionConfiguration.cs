using EvDashboard.Core.Alerts;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class AlertRuleExclusionConfiguration : IEntityTypeConfiguration<AlertRuleExclusion>
{
    public void Configure(EntityTypeBuilder<AlertRuleExclusion> builder)
    {
        builder.HasKey(e => new { e.RuleKey, e.ChargePointId });
        builder.Property(e => e.RuleKey).HasMaxLength(40);
        builder.Property(e => e.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(e => e.CreatedBy).HasMaxLength(100);
        builder.HasOne<ChargePoint>().WithMany().HasForeignKey(e => e.ChargePointId).OnDelete(DeleteBehavior.Cascade);
    }
}
