namespace EvDashboard.Core.Revenue.Reports;

/// <summary>The reports, read from the rollup tables only (never a GROUP BY over meter samples).</summary>
public interface IReportQueries
{
    Task<ReportResult> RunAsync(ReportRequest request, CancellationToken cancellationToken);

    Task<HeatmapResult> HeatmapAsync(DateOnly first, DateOnly last, HeatmapMetric metric, CancellationToken cancellationToken);

    Task<StationRanking> RankStationsAsync(DateOnly first, DateOnly last, int count, CancellationToken cancellationToken);
}
