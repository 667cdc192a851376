namespace EvDashboard.Components.Pages.Reports;

/// <summary>A named range of site-local dates offered by the filter bar (both ends inclusive).</summary>
internal sealed record ReportRangePreset(string Text, DateOnly From, DateOnly To);
