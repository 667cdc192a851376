using EvDashboard.Core.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(40);
        builder.Property(i => i.Series).HasMaxLength(10);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.PaymentStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.IssueKey).HasMaxLength(Invoice.MaxIssueKeyLength);
        builder.Property(i => i.IssuedBy).HasMaxLength(256);
        builder.Property(i => i.PaymentChangedBy).HasMaxLength(256);
        builder.Property(i => i.Currency).HasMaxLength(3);
        builder.Property(i => i.BuyerName).HasMaxLength(200);
        builder.Property(i => i.BuyerIdTag).HasMaxLength(20).UseCollation("NOCASE");
        builder.Property(i => i.BuyerGroup).HasMaxLength(20).UseCollation("NOCASE");
        builder.Property(i => i.CreditedNumber).HasMaxLength(40);
        builder.Property(i => i.Reason).HasMaxLength(500);
        builder.HasIndex(i => i.Number).IsUnique();
        builder.HasIndex(i => new { i.Series, i.Year, i.Sequence }).IsUnique();
        // The idempotency of receipts, invoice runs and credit notes: one invoice per thing invoiced.
        builder.HasIndex(i => i.IssueKey).IsUnique();
        builder.HasIndex(i => i.IssuedAt);
        builder.HasIndex(i => i.TransactionId);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(i => i.CreditedInvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
