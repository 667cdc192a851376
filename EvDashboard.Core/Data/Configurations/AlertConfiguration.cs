using EvDashboard.Core.Alerts;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.RuleKey).HasMaxLength(40);
        builder.Property(a => a.Subject).HasMaxLength(Alert.MaxSubjectLength);
        builder.Property(a => a.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(a => a.Message).HasMaxLength(Alert.MaxMessageLength);
        builder.Property(a => a.Detail).HasMaxLength(Alert.MaxDetailLength);
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(100);
        builder.Property(a => a.AcknowledgeNote).HasMaxLength(Alert.MaxNoteLength);
        builder.Property(a => a.Resolution).HasMaxLength(Alert.MaxNoteLength);
        // One unresolved alert per rule and subject: a condition that holds across a restart or a blip cannot fire twice.
        builder.HasIndex(a => new { a.RuleKey, a.Subject }).IsUnique().HasFilter("\"ResolvedAt\" IS NULL");
        // Notices are born resolved: "was this event already announced?" needs an index without the filter.
        builder.HasIndex(a => new { a.RuleKey, a.Subject, a.RaisedAt });
        builder.HasIndex(a => new { a.Status, a.RaisedAt });
        builder.HasIndex(a => new { a.ChargePointId, a.RaisedAt });
        builder.HasIndex(a => a.RaisedAt);
    }
}
