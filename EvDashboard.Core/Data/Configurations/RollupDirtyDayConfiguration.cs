using EvDashboard.Core.Revenue.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class RollupDirtyDayConfiguration : IEntityTypeConfiguration<RollupDirtyDay>
{
    public void Configure(EntityTypeBuilder<RollupDirtyDay> builder)
    {
        builder.HasKey(d => d.Day);
        builder.Property(d => d.Day).ValueGeneratedNever();
    }
}
