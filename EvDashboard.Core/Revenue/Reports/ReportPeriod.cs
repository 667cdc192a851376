namespace EvDashboard.Core.Revenue.Reports;

/// <summary>A row of a time grouping: its label ("2026-10-05", "2026-W43", "2026-10") and the days of it inside the range.</summary>
internal sealed record ReportPeriod(string Label, DateOnly Start, DateOnly End);
