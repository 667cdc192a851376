using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(ApiKey.MaxNameLength);
        builder.Property(k => k.Role).HasMaxLength(16);
        builder.Property(k => k.Hash).HasMaxLength(SecretToken.HashLength);
        builder.Property(k => k.Hint).HasMaxLength(SecretToken.HintLength + 1);
        builder.Property(k => k.CreatedBy).HasMaxLength(Actor.MaxLength);
        builder.HasIndex(k => k.Hash).IsUnique();
    }
}
