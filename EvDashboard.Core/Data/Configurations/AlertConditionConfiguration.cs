using EvDashboard.Core.Alerts;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class AlertConditionConfiguration : IEntityTypeConfiguration<AlertCondition>
{
    public void Configure(EntityTypeBuilder<AlertCondition> builder)
    {
        builder.HasKey(c => new { c.RuleKey, c.Subject });
        builder.Property(c => c.RuleKey).HasMaxLength(40);
        builder.Property(c => c.Subject).HasMaxLength(Alert.MaxSubjectLength);
        builder.Property(c => c.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
    }
}
