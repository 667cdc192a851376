namespace EvDashboard.Core.Billing.Queries;

/// <summary>An invoice in a list: amounts in minor units of <see cref="Currency"/>; CreditedBy names its credit note if it has one.</summary>
public sealed record InvoiceRow(
    string Number,
    InvoiceKind Kind,
    DateTimeOffset IssuedAt,
    DateTimeOffset DueAt,
    string BuyerName,
    string? BuyerIdTag,
    string? BuyerGroup,
    string Currency,
    long NetMinor,
    long VatMinor,
    long TotalMinor,
    PaymentStatus PaymentStatus,
    bool IsOverdue,
    string? CreditedNumber,
    string? CreditedBy);
