using EvDashboard.Core.Revenue.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class RollupStateConfiguration : IEntityTypeConfiguration<RollupState>
{
    public void Configure(EntityTypeBuilder<RollupState> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TimeZone).HasMaxLength(64);
    }
}
