namespace EvDashboard.Core.Revenue.Reports;

/// <summary>Energy and sessions of one key, from ConnectorDays or RevenueDays, or a day's peak site hour from SiteHours.</summary>
internal sealed record EnergyFact(ReportKey Key, long Sessions, long EnergyWh, long PeakHourWh);
