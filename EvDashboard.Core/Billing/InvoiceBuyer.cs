namespace EvDashboard.Core.Billing;

/// <summary>Who an invoice is addressed to: a name to print, and the idTag and/or group it is for.</summary>
internal sealed record InvoiceBuyer(string Name, string? IdTag, string? Group);
