using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class DisplayTokenConfiguration : IEntityTypeConfiguration<DisplayToken>
{
    public void Configure(EntityTypeBuilder<DisplayToken> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(DisplayToken.MaxNameLength);
        builder.Property(t => t.Site).HasMaxLength(80);
        builder.Property(t => t.Hash).HasMaxLength(SecretToken.HashLength);
        builder.Property(t => t.Hint).HasMaxLength(SecretToken.HintLength + 1);
        builder.Property(t => t.CreatedBy).HasMaxLength(Actor.MaxLength);
        builder.HasIndex(t => t.Hash).IsUnique();
    }
}
