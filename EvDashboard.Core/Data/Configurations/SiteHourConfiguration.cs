using EvDashboard.Core.Revenue.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class SiteHourConfiguration : IEntityTypeConfiguration<SiteHour>
{
    public void Configure(EntityTypeBuilder<SiteHour> builder)
    {
        builder.HasKey(h => h.StartUtc);
        builder.HasIndex(h => h.Day);
    }
}
