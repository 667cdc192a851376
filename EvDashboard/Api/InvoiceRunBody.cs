namespace EvDashboard.Api;

/// <summary>POST /api/invoices/runs: the site's local dates [from, to) and "tag" or "group".</summary>
internal sealed record InvoiceRunBody(DateOnly? From, DateOnly? To, string? Target);
