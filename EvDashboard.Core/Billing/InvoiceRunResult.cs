namespace EvDashboard.Core.Billing;

/// <summary>The outcome of an invoice run: the numbers of the statements it issued (not those it found already issued).</summary>
public sealed record InvoiceRunResult(int Total, int Issued, int Skipped, bool Cancelled, IReadOnlyList<string> IssuedNumbers);
