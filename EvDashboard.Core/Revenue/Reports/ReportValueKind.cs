namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// The type of a report column's values, which exports keep (XLSX writes numbers and dates as such):
/// Text → string, Date → DateOnly, Count → long, Number → decimal (money in major units, kWh, hours),
/// Percent → decimal 0–100.
/// </summary>
public enum ReportValueKind
{
    Text,
    Date,
    Count,
    Number,
    Percent,
}
