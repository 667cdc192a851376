using EvDashboard.Core.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class AlertRuleSettingConfiguration : IEntityTypeConfiguration<AlertRuleSetting>
{
    public void Configure(EntityTypeBuilder<AlertRuleSetting> builder)
    {
        builder.HasKey(s => s.RuleKey);
        builder.Property(s => s.RuleKey).HasMaxLength(40);
        builder.Property(s => s.EmailRecipients).HasMaxLength(AlertRuleSetting.MaxRecipientsLength);
        builder.Property(s => s.UpdatedBy).HasMaxLength(100);
        builder.Ignore(s => s.QuietHours);
    }
}
