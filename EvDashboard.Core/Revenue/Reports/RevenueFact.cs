namespace EvDashboard.Core.Revenue.Reports;

/// <summary>RevenueDays summed over one key and one currency ("" for unpriced sessions).</summary>
internal sealed record RevenueFact(ReportKey Key, string Currency, long Sessions, long EnergyWh, long NetMinor, long VatMinor, long GrossMinor);
