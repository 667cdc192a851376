using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// The reports over the rollup tables: a few GROUP BY statements per report on one short-lived connection, the
/// rows assembled in C# (periods of the site's calendar, names, zero rows, comparisons, totals and figures).
/// </summary>
internal sealed class ReportQueries(IDbContextFactory<EvDashboardDbContext> contexts, SiteClock clock) : IReportQueries
{
    public async Task<ReportResult> RunAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reader = await OpenAsync(db, cancellationToken);
        var withTariffs = request.GroupBy == ReportGrouping.Tariff;
        var catalogue = await ReportCatalogue.LoadAsync(db, request.ChargePointId, withTariffs, cancellationToken);
        var filters = ReportText.Filters(request, clock.Zone.Id, request.ChargePointId is { } id ? catalogue.ChargePointName(id) : null);
        var context = new ReportContext(request, reader, Layout(request.GroupBy, request.From, request.To, catalogue), ComparisonLayout(request, catalogue), filters);
        return request.Kind switch
        {
            ReportKind.Revenue => await RevenueReport.BuildAsync(context, cancellationToken),
            ReportKind.Energy => await EnergyReport.BuildAsync(context, cancellationToken),
            _ => await UtilisationReport.BuildAsync(context, cancellationToken),
        };
    }

    public async Task<HeatmapResult> HeatmapAsync(DateOnly first, DateOnly last, HeatmapMetric metric, CancellationToken cancellationToken)
    {
        CheckRange(first, last);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reader = await OpenAsync(db, cancellationToken);
        var cells = await reader.SiteHourCellsAsync(new ReportRange(first, last, null), cancellationToken);
        return HeatmapReport.Build(first, last, metric, clock.Zone.Id, cells);
    }

    public async Task<StationRanking> RankStationsAsync(DateOnly first, DateOnly last, int count, CancellationToken cancellationToken)
    {
        CheckRange(first, last);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reader = await OpenAsync(db, cancellationToken);
        var catalogue = await ReportCatalogue.LoadAsync(db, chargePointId: null, withTariffs: false, cancellationToken);
        var range = new ReportRange(first, last, null);
        var revenue = await reader.RevenueAsync(ReportGrouping.ChargePoint, range, cancellationToken);
        var time = await reader.ConnectorAsync(ReportGrouping.ChargePoint, range, cancellationToken);
        return StationRanker.Rank(catalogue, revenue, time, count);
    }

    private static async Task<RollupReader> OpenAsync(EvDashboardDbContext db, CancellationToken cancellationToken)
    {
        // The context owns the connection and closes it when disposed.
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new RollupReader((SqliteConnection)db.Database.GetDbConnection());
    }

    private static void CheckRange(DateOnly first, DateOnly last)
    {
        if (last < first || last.DayNumber - first.DayNumber + 1 > ReportRequest.MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(last), $"A range needs first ≤ last and at most {ReportRequest.MaxDays} days.");
        }
    }

    private ReportLayout Layout(ReportGrouping grouping, DateOnly first, DateOnly last, ReportCatalogue catalogue)
    {
        var periods = grouping is ReportGrouping.Day or ReportGrouping.Week or ReportGrouping.Month ? ReportPeriods.Of(grouping, first, last) : null;
        return new ReportLayout(grouping, periods, catalogue, clock.SiteName);
    }

    private ReportLayout? ComparisonLayout(ReportRequest request, ReportCatalogue catalogue) =>
        request.ComparisonRange is { } range ? Layout(request.GroupBy, range.From, range.To, catalogue) : null;
}
