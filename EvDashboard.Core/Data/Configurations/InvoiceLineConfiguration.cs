using EvDashboard.Core.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        builder.Property(l => l.Description).HasMaxLength(300);
        builder.Property(l => l.Unit).HasMaxLength(20);
        builder.Ignore(l => l.TotalMinor);
        builder.HasIndex(l => l.TransactionId);
    }
}
