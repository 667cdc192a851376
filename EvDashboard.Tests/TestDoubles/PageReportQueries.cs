using System.Collections.Concurrent;
using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>
/// Answers report queries with <see cref="CannedReports"/> (or what a test sets), records what was asked, and can fail on
/// demand, so report pages are tested without the rollup tables.
/// </summary>
public sealed class PageReportQueries : IReportQueries
{
    public Func<ReportRequest, ReportResult> Answer { get; set; } = CannedReports.For;

    public Exception? Failure { get; set; }

    public ConcurrentQueue<ReportRequest> Requests { get; } = new();

    public ConcurrentQueue<HeatmapMetric> HeatmapMetrics { get; } = new();

    public Task<ReportResult> RunAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Failure is { } failure ? Task.FromException<ReportResult>(failure) : Task.FromResult(Answer(request));
    }

    public Task<HeatmapResult> HeatmapAsync(DateOnly first, DateOnly last, HeatmapMetric metric, CancellationToken cancellationToken)
    {
        HeatmapMetrics.Enqueue(metric);
        return Task.FromResult(CannedReports.Heatmap(first, last, metric));
    }

    public Task<StationRanking> RankStationsAsync(DateOnly first, DateOnly last, int count, CancellationToken cancellationToken) =>
        Task.FromResult(CannedReports.Ranking(count));
}
