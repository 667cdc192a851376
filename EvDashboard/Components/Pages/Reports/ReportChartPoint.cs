namespace EvDashboard.Components.Pages.Reports;

/// <summary>One category of a report chart (a row's label) and one series' value there.</summary>
public sealed record ReportChartPoint(string Label, double Value);
