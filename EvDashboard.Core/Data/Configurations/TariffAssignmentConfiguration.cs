using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class TariffAssignmentConfiguration : IEntityTypeConfiguration<TariffAssignment>
{
    public void Configure(EntityTypeBuilder<TariffAssignment> builder)
    {
        builder.Property(a => a.Scope).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(a => a.IdTagGroup).HasMaxLength(20).UseCollation("NOCASE");
        builder.Property(a => a.CreatedBy).HasMaxLength(256);
        builder.HasOne<Tariff>().WithMany().HasForeignKey(a => a.TariffId).OnDelete(DeleteBehavior.Restrict);
        // One assignment per scope and group. SQLite treats NULLs as distinct in a unique index, so the service
        // checks before adding as well; the index still catches a charge point or connector duplicate.
        builder.HasIndex(a => new { a.Scope, a.ChargePointId, a.ConnectorId, a.IdTagGroup }).IsUnique();
        builder.Ignore(a => a.Specificity);
    }
}
