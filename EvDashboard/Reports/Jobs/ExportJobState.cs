namespace EvDashboard.Reports.Jobs;

internal enum ExportJobState
{
    Running,
    Completed,
    Failed,
    Cancelled,
}
