using EvDashboard.Core.Identity.LocalLists;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class LocalListStateConfiguration : IEntityTypeConfiguration<LocalListState>
{
    public void Configure(EntityTypeBuilder<LocalListState> builder)
    {
        builder.HasKey(s => s.ChargePointId);
        builder.Property(s => s.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(s => s.LastUpdateType).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.LastResult).HasMaxLength(100);
        builder.Ignore(s => s.Limits);
        builder.HasOne<ChargePoint>().WithMany().HasForeignKey(s => s.ChargePointId).OnDelete(DeleteBehavior.Cascade);
    }
}
