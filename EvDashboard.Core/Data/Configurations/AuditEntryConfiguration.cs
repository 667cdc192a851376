using EvDashboard.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(Actor.MaxLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.MaxActionLength);
        builder.Property(e => e.Target).HasMaxLength(AuditEntry.MaxTargetLength);
        builder.Property(e => e.Result).HasMaxLength(16);
        builder.Property(e => e.Details).HasMaxLength(AuditEntry.MaxDetailsLength);
        builder.Property(e => e.RemoteAddress).HasMaxLength(64);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Actor, e.At });
        builder.HasIndex(e => new { e.Action, e.At });
    }
}
