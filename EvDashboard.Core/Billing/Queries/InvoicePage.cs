namespace EvDashboard.Core.Billing.Queries;

/// <summary>One page of the filtered invoices, how many match in all, and the totals of everything that matches.</summary>
public sealed record InvoicePage(IReadOnlyList<InvoiceRow> Rows, int Total, IReadOnlyList<CurrencyTotals> Totals);
