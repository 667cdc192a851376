namespace EvDashboard.Reports;

/// <summary>The shapes a report leaves the app in; their names in URLs are the lower-case member names.</summary>
internal enum ReportFormat
{
    Json,
    Csv,
    Xlsx,
    Pdf,
}
