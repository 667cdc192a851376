using EvDashboard.Core.Revenue.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>
/// Canned reports for export and API tests: one row per day of the range with values that follow the day's index
/// (so every total is a known sum), a gross column for the comparison period, a share in percent and a text column
/// whose value a spreadsheet would read as a formula. Remembers the last request it was asked.
/// </summary>
public sealed class FakeReportQueries : IReportQueries
{
    public static readonly ReportColumn[] Columns =
    [
        new("day", "Day", ReportValueKind.Date),
        new("station", "Busiest station", ReportValueKind.Text),
        new("sessions", "Sessions", ReportValueKind.Count),
        new("energy", "Energy", ReportValueKind.Number, "kWh", 3),
        new("gross", "Gross", ReportValueKind.Number, "EUR", 2),
        new("grossPrevious", "Gross before", ReportValueKind.Number, "EUR", 2),
        new("share", "Share charging", ReportValueKind.Percent, "%", 1),
    ];

    public ReportRequest? LastRequest { get; private set; }

    /// <summary>Installs a new fake in <paramref name="factory"/> in place of whatever the app registers.</summary>
    public static FakeReportQueries Install(EvDashboardFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var fake = new FakeReportQueries();
        factory.TestServices.Add(services =>
        {
            services.RemoveAll<IReportQueries>();
            services.AddSingleton<IReportQueries>(fake);
        });
        return fake;
    }

    public static ReportResult Report(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = Enumerable.Range(0, request.Days).Select(i => new ReportRow(
        [
            request.From.AddDays(i),
            i % 5 == 0 ? "=CP-01, Main \"Hall\"" : $"CP-{i % 3 + 1:00}",
            (long)(i + 1),
            12.345m * (i + 1),
            10.5m * (i + 1),
            i % 4 == 0 ? null : 9.25m * i,
            Math.Round(100m * (i % 7) / 7, 1),
        ])).ToList();
        var total = new ReportRow(
        [
            null, null,
            rows.Sum(r => (long)r.Values[2]!),
            rows.Sum(r => (decimal)r.Values[3]!),
            rows.Sum(r => (decimal)r.Values[4]!),
            rows.Sum(r => (decimal?)r.Values[5] ?? 0m),
            null,
        ]);
        return new ReportResult(
            request,
            "Revenue by day",
            [$"Range: {request.From:yyyy-MM-dd} – {request.To:yyyy-MM-dd} (UTC)", "Charge point: all"],
            Columns,
            rows,
            total,
            [new ReportFigure("Gross revenue", (decimal)total.Values[4]!, "EUR", 2, 100m), new ReportFigure("Sessions", (long)total.Values[2]!, "sessions", 0)],
            new ReportChart(ReportChartKind.Bar, "day", ["gross", "grossPrevious"]));
    }

    public Task<ReportResult> RunAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        LastRequest = request;
        return Task.FromResult(Report(request));
    }

    public Task<HeatmapResult> HeatmapAsync(DateOnly first, DateOnly last, HeatmapMetric metric, CancellationToken cancellationToken)
    {
        var cells = Enumerable.Range(0, 7).Select(d => (IReadOnlyList<decimal>)Enumerable.Range(0, 24).Select(h => (decimal)(d + h)).ToList()).ToList();
        return Task.FromResult(new HeatmapResult(metric, first, last, "UTC", metric == HeatmapMetric.Occupancy ? "%" : "kWh", 1, cells));
    }

    public Task<StationRanking> RankStationsAsync(DateOnly first, DateOnly last, int count, CancellationToken cancellationToken)
    {
        var ranks = Enumerable.Range(1, count).Select(i => new StationRank($"CP-{i:00}", null, "EUR", 100m / i, 10m * i, i, 5m * i)).ToList();
        return Task.FromResult(new StationRanking(ranks, ranks.AsEnumerable().Reverse().ToList()));
    }
}
