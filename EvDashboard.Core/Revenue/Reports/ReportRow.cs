namespace EvDashboard.Core.Revenue.Reports;

/// <summary>One row: a value per column, in column order, typed as <see cref="ReportValueKind"/> says; null for "no value".</summary>
public sealed record ReportRow(IReadOnlyList<object?> Values);
