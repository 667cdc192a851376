namespace EvDashboard.Core.Billing.Queries;

public sealed record InvoiceLineView(
    int Position, string Description, int? TransactionId, decimal Quantity, string Unit, long NetMinor, decimal VatRatePercent, long VatMinor, long TotalMinor);
