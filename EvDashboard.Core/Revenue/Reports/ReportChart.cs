namespace EvDashboard.Core.Revenue.Reports;

/// <summary>How to draw a report's table: one category per row from <paramref name="LabelColumn"/>, one series per key in <paramref name="SeriesColumns"/>.</summary>
public sealed record ReportChart(ReportChartKind Kind, string LabelColumn, IReadOnlyList<string> SeriesColumns);
