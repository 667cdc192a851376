namespace EvDashboard.Core.Revenue.Reports;

/// <summary>A report column: a stable key (CSV header, JSON property), a title for people, its value type, its unit ("EUR", "kWh", "%") and decimals shown.</summary>
public sealed record ReportColumn(string Key, string Title, ReportValueKind Kind, string? Unit = null, int Decimals = 0);
