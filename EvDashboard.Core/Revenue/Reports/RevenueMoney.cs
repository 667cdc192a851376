namespace EvDashboard.Core.Revenue.Reports;

/// <summary>The currency a revenue row's amounts are in (null: none, or several in a split report's header) and the decimals shown.</summary>
internal sealed record RevenueMoney(string? Currency, int Decimals);
