namespace EvDashboard.Api;

/// <summary>POST /api/invoices/{number}/payment: "Paid" or "Unpaid".</summary>
internal sealed record InvoicePaymentBody(string? Status);
