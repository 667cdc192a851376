using EvDashboard.Core.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class AlertDeliveryConfiguration : IEntityTypeConfiguration<AlertDelivery>
{
    public void Configure(EntityTypeBuilder<AlertDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.RuleKey).HasMaxLength(40);
        builder.Property(d => d.Target).HasMaxLength(AlertDelivery.MaxTargetLength);
        builder.Property(d => d.Title).HasMaxLength(AlertDelivery.MaxTitleLength);
        builder.Property(d => d.Body).HasMaxLength(AlertDelivery.MaxBodyLength);
        builder.Property(d => d.LastError).HasMaxLength(AlertDelivery.MaxErrorLength);
        builder.HasOne<Alert>().WithMany().HasForeignKey(d => d.AlertId).OnDelete(DeleteBehavior.Cascade);
        // The worker's question: what is pending and due.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => d.AlertId);
        builder.HasIndex(d => new { d.Channel, d.Target, d.SentAt });
    }
}
