namespace EvDashboard.Core.Revenue.Reports;

/// <summary>Everything a report builder needs: the request, the rollup reader, the row layout of the range and of its comparison range, the filter lines so far.</summary>
internal sealed record ReportContext(ReportRequest Request, RollupReader Reader, ReportLayout Layout, ReportLayout? ComparisonLayout, List<string> Filters)
{
    public ReportRange Range => new(Request.From, Request.To, Request.ChargePointId);

    public ReportRange? ComparisonRange =>
        Request.ComparisonRange is { } comparison ? new ReportRange(comparison.From, comparison.To, Request.ChargePointId) : null;

    public ReportGrouping Grouping => Request.GroupBy;
}
