using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.LocalLists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class LocalListEntryConfiguration : IEntityTypeConfiguration<LocalListEntry>
{
    public void Configure(EntityTypeBuilder<LocalListEntry> builder)
    {
        builder.HasKey(e => new { e.ChargePointId, e.IdTag });
        builder.Property(e => e.IdTag).HasMaxLength(IdTag.MaxLength).UseCollation("NOCASE");
        builder.Property(e => e.ParentIdTag).HasMaxLength(IdTag.MaxLength);
        builder.HasOne<LocalListState>().WithMany().HasForeignKey(e => e.ChargePointId).OnDelete(DeleteBehavior.Cascade);
    }
}
