using EvDashboard.Core.Identity;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class AuthorizationRecordConfiguration : IEntityTypeConfiguration<AuthorizationRecord>
{
    public void Configure(EntityTypeBuilder<AuthorizationRecord> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(a => a.IdTag).HasMaxLength(IdTag.MaxLength).UseCollation("NOCASE");
        builder.Property(a => a.Action).HasMaxLength(20);
        builder.Property(a => a.Reason).HasMaxLength(AuthorizationRecord.MaxReasonLength);
        builder.HasIndex(a => new { a.IdTag, a.At });
        builder.HasIndex(a => new { a.IsKnownTag, a.At });
        builder.HasIndex(a => a.At);
    }
}
