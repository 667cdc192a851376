using System.Text;
using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Reports.Benchmark;

/// <summary>
/// What the benchmark times, relative to the site's today: the reports a manager opens (last 30 days, last 12 months, two
/// years by week or month, every grouping, comparisons, heatmaps, the station ranking) — goal p95 &lt; 200 ms each — and a
/// month's sessions exported as CSV (goal &lt; 5 s).
/// </summary>
internal static class ReportBenchmarkCases
{
    public const double ReportGoalMilliseconds = 200;

    public const double SessionExportGoalMilliseconds = 5000;

    public static IReadOnlyList<ReportBenchmarkCase> Create(IServiceProvider services)
    {
        var reports = services.GetRequiredService<IReportQueries>();
        var clock = services.GetRequiredService<SiteClock>();
        var today = DateOnly.FromDateTime(clock.ToLocal(clock.UtcNow).DateTime);
        var month = (today.AddDays(-29), today);
        var year = (today.AddYears(-1).AddDays(1), today);
        var twoYears = (today.AddYears(-2).AddDays(1), today);
        return
        [
            Report(reports, "revenue by day, 30 days", ReportKind.Revenue, month, ReportGrouping.Day),
            Report(reports, "revenue by day, 30 days vs previous", ReportKind.Revenue, month, ReportGrouping.Day, ReportComparison.PreviousPeriod),
            Report(reports, "revenue by month, 12 months vs last year", ReportKind.Revenue, year, ReportGrouping.Month, ReportComparison.PreviousYear),
            Report(reports, "revenue by week, 2 years", ReportKind.Revenue, twoYears, ReportGrouping.Week),
            Report(reports, "revenue by charge point, 12 months", ReportKind.Revenue, year, ReportGrouping.ChargePoint),
            Report(reports, "revenue by connector, 12 months", ReportKind.Revenue, year, ReportGrouping.Connector),
            Report(reports, "revenue by tariff, 12 months", ReportKind.Revenue, year, ReportGrouping.Tariff),
            Report(reports, "revenue by group, 12 months", ReportKind.Revenue, year, ReportGrouping.Group),
            Report(reports, "energy by day, 12 months", ReportKind.Energy, year, ReportGrouping.Day),
            Report(reports, "energy by month, 2 years vs previous", ReportKind.Energy, twoYears, ReportGrouping.Month, ReportComparison.PreviousPeriod),
            Report(reports, "utilisation by connector, 12 months", ReportKind.Utilisation, year, ReportGrouping.Connector),
            Report(reports, "utilisation by day, 30 days", ReportKind.Utilisation, month, ReportGrouping.Day),
            Report(reports, "utilisation by month, 2 years", ReportKind.Utilisation, twoYears, ReportGrouping.Month),
            Heatmap(reports, "heatmap energy, 12 months", year, HeatmapMetric.Energy),
            Heatmap(reports, "heatmap occupancy, 12 months", year, HeatmapMetric.Occupancy),
            new("station ranking, 12 months", ReportGoalMilliseconds, async ct =>
            {
                var ranking = await reports.RankStationsAsync(year.Item1, year.Item2, 5, ct);
                return ranking.Top.Count + ranking.Bottom.Count;
            }),
            SessionExport(services, clock, today),
        ];
    }

    private static ReportBenchmarkCase Report(
        IReportQueries reports, string name, ReportKind kind, (DateOnly From, DateOnly To) range, ReportGrouping grouping,
        ReportComparison comparison = ReportComparison.None) =>
        new(name, ReportGoalMilliseconds, async ct =>
            (await reports.RunAsync(new ReportRequest(kind, range.From, range.To, grouping, comparison), ct)).Rows.Count);

    private static ReportBenchmarkCase Heatmap(IReportQueries reports, string name, (DateOnly From, DateOnly To) range, HeatmapMetric metric) =>
        new(name, ReportGoalMilliseconds, async ct =>
            (await reports.HeatmapAsync(range.From, range.To, metric, ct)).Cells.Sum(row => row.Count));

    /// <summary>The last full calendar month's sessions through the same query and CSV writer as the session history's export.</summary>
    private static ReportBenchmarkCase SessionExport(IServiceProvider services, SiteClock clock, DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var filter = new SessionHistoryFilter { From = clock.StartOfLocalDate(first), Until = clock.StartOfLocalDate(first.AddMonths(1)) };
        var queries = services.GetRequiredService<SessionHistoryQueries>();
        var costs = services.GetRequiredService<ISessionCosts>();
        return new($"sessions CSV export, {first:yyyy-MM}", SessionExportGoalMilliseconds, async ct =>
        {
            await using var writer = new StreamWriter(Stream.Null, new UTF8Encoding(false), 16 * 1024);
            return await SessionCsvWriter.WriteAsync(writer, queries.StreamAsync(filter, SessionHistorySort.Newest, ct), clock, costs, ct);
        });
    }
}
