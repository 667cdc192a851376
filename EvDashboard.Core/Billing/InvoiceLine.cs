namespace EvDashboard.Core.Billing;

/// <summary>One line of an invoice: a session (or a part of its cost), with its VAT rate so VAT can be broken down per rate.</summary>
public sealed class InvoiceLine
{
    private InvoiceLine()
    {
        Description = Unit = string.Empty;
    }

    public InvoiceLine(int position, string description, int? transactionId, decimal quantity, string unit, long netMinor, decimal vatRatePercent, long vatMinor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Position = position;
        Description = description;
        TransactionId = transactionId;
        Quantity = quantity;
        Unit = unit;
        NetMinor = netMinor;
        VatRatePercent = vatRatePercent;
        VatMinor = vatMinor;
    }

    public long Id { get; private set; }

    public long InvoiceId { get; private set; }

    public int Position { get; private set; }

    public string Description { get; private set; }

    public int? TransactionId { get; private set; }

    public decimal Quantity { get; private set; }

    public string Unit { get; private set; }

    public long NetMinor { get; private set; }

    public decimal VatRatePercent { get; private set; }

    public long VatMinor { get; private set; }

    public long TotalMinor => NetMinor + VatMinor;
}
