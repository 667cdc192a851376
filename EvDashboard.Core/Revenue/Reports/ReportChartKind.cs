namespace EvDashboard.Core.Revenue.Reports;

public enum ReportChartKind
{
    Bar,
    Line,
}
