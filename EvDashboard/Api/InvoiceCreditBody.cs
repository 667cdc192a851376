namespace EvDashboard.Api;

/// <summary>POST /api/invoices/{number}/credit: why the invoice is cancelled.</summary>
internal sealed record InvoiceCreditBody(string? Reason);
