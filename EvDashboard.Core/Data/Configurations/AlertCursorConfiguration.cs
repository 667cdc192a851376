using EvDashboard.Core.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class AlertCursorConfiguration : IEntityTypeConfiguration<AlertCursor>
{
    public void Configure(EntityTypeBuilder<AlertCursor> builder)
    {
        builder.HasKey(c => c.Source);
        builder.Property(c => c.Source).HasMaxLength(40);
    }
}
