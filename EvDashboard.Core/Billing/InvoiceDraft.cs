namespace EvDashboard.Core.Billing;

/// <summary>
/// Everything an invoice says except its number and issue time, which <see cref="Invoice.Issue"/> adds.
/// IssueKey identifies what is being invoiced ("receipt:1234", "statement:tag:ABC:2026-10-01:2026-11-01",
/// "credit:EV-2026-000007"): issuing the same key twice finds the first invoice instead of a second one.
/// </summary>
public sealed record InvoiceDraft(
    InvoiceKind Kind,
    string Series,
    string IssueKey,
    string Currency,
    string BuyerName,
    string? BuyerIdTag,
    string? BuyerGroup,
    DateTimeOffset? PeriodFrom,
    DateTimeOffset? PeriodTo,
    int? TransactionId,
    Invoice? Credits,
    string? Reason,
    string SellerJson,
    DateTimeOffset DueAt,
    IReadOnlyList<InvoiceLine> Lines);
