namespace EvDashboard.Core.Billing;

/// <summary>What an issue came to: the invoice, and whether this call issued it (false: its IssueKey was already issued).</summary>
public sealed record IssuedInvoice(string Number, long Id, bool IsNew);
