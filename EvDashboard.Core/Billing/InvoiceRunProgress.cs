namespace EvDashboard.Core.Billing;

/// <summary>How far an invoice run is: statements handled of the total, of which issued now and skipped (issued before).</summary>
public sealed record InvoiceRunProgress(int Done, int Total, int Issued, int Skipped);
