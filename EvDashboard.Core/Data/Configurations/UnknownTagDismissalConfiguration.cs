using EvDashboard.Core.Audit;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Unknown;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class UnknownTagDismissalConfiguration : IEntityTypeConfiguration<UnknownTagDismissal>
{
    public void Configure(EntityTypeBuilder<UnknownTagDismissal> builder)
    {
        builder.HasKey(d => d.IdTag);
        builder.Property(d => d.IdTag).HasMaxLength(IdTag.MaxLength).UseCollation("NOCASE");
        builder.Property(d => d.DismissedBy).HasMaxLength(Actor.MaxLength);
    }
}
