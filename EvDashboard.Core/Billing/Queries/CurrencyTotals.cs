namespace EvDashboard.Core.Billing.Queries;

/// <summary>The sums of a filtered set in one currency (amounts in its minor units); credit notes count negatively.</summary>
public sealed record CurrencyTotals(string Currency, int Count, long NetMinor, long VatMinor, long TotalMinor);
