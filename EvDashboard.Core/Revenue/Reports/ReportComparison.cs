namespace EvDashboard.Core.Revenue.Reports;

/// <summary>The period shown beside the chosen one: none, the equally long period just before, or the same dates a year earlier.</summary>
public enum ReportComparison
{
    None,
    PreviousPeriod,
    PreviousYear,
}
