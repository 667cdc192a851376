using static EvDashboard.Core.Revenue.Reports.ReportNumbers;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// Energy and demand: energy delivered within each day (ConnectorDays, along the sessions' meter curves), sessions,
/// the average per session, the peak site hour of each period (SiteHours) and, by day, a 7-day trailing average.
/// By tariff or idTag group the energy is that of completed sessions (RevenueDays), which alone know both.
/// </summary>
internal static class EnergyReport
{
    public const string Title = "Energy and demand";

    /// <summary>The demand trend: each day's average over itself and the six days before.</summary>
    public const int TrendDays = 7;

    public static async Task<ReportResult> BuildAsync(ReportContext context, CancellationToken cancellationToken)
    {
        var layout = context.Layout;
        var withPeak = layout.IsTime && context.Request.ChargePointId is null;
        var withTrend = context.Grouping == ReportGrouping.Day;
        var range = withTrend ? context.Range with { First = context.Request.From.AddDays(1 - TrendDays) } : context.Range;
        var facts = await FactsAsync(context, range, withPeak, cancellationToken);
        var previousFacts = context.ComparisonRange is { } comparison ? await FactsAsync(context, comparison, withPeak, cancellationToken) : null;
        var current = ReportCells<EnergySums>.Of(facts, f => layout.RowOf(f.Key), _ => string.Empty, EnergySums.Add);
        var previous = previousFacts is null ? null : ReportCells<EnergySums>.Of(previousFacts, f => context.ComparisonLayout!.RowOf(f.Key), _ => string.Empty, EnergySums.Add);
        AddFilters(context, withPeak);
        var trend = withTrend ? Trend(context.Request, facts) : null;
        var rows = current.IsEmpty ? [] : Rows(context, current, previous, withPeak, trend);
        var total = current.IsEmpty ? null : new ReportRow([.. layout.TotalKeyValues(), .. Measures(current.Total, previous?.Total, withPeak, trend: null, trend is not null)]);
        var series = new List<string> { "energyKwh" };
        series.AddRange(withTrend ? ["trendKwh"] : []);
        series.AddRange(previous is null ? [] : ["previousEnergyKwh"]);
        var kind = withTrend || rows.Count > 62 ? ReportChartKind.Line : ReportChartKind.Bar;
        return new ReportResult(
            context.Request, Title, context.Filters, Columns(layout, withPeak, withTrend, previous is not null), rows, total,
            Figures(current.Total, previous?.Total, withPeak), new ReportChart(kind, layout.LabelColumn, series));
    }

    private static async Task<List<EnergyFact>> FactsAsync(ReportContext context, ReportRange range, bool withPeak, CancellationToken cancellationToken)
    {
        if (context.Grouping is ReportGrouping.Tariff or ReportGrouping.Group)
        {
            var revenue = await context.Reader.RevenueAsync(context.Grouping, range, cancellationToken);
            return revenue.ConvertAll(f => new EnergyFact(f.Key, f.Sessions, f.EnergyWh, 0));
        }

        var connector = await context.Reader.ConnectorAsync(context.Grouping, range, cancellationToken);
        var facts = connector.ConvertAll(f => new EnergyFact(f.Key, f.Sessions, f.EnergyWh, 0));
        if (withPeak)
        {
            var peaks = await context.Reader.PeakHourWhByDayAsync(range, cancellationToken);
            facts.AddRange(peaks.Select(p => new EnergyFact(new ReportKey(string.Empty, p.Key), 0, 0, p.Value)));
        }

        return facts;
    }

    private static void AddFilters(ReportContext context, bool withPeak)
    {
        if (context.Grouping is ReportGrouping.Tariff or ReportGrouping.Group)
        {
            context.Filters.Add("Energy and sessions of completed sessions, counted on the day they ended");
            return;
        }

        context.Filters.Add("Energy as delivered within each day; sessions counted on the day they started");
        if (context.Layout.IsTime && !withPeak)
        {
            context.Filters.Add("Peak hour is the whole site's, so it is not shown for one charge point");
        }
    }

    /// <summary>Each day's trailing average in kWh over <see cref="TrendDays"/> days; days without rollups count as 0.</summary>
    private static Dictionary<int, decimal> Trend(ReportRequest request, List<EnergyFact> facts)
    {
        var daily = facts.GroupBy(f => f.Key.Number).ToDictionary(g => (int)g.Key, g => g.Sum(f => f.EnergyWh));
        var trend = new Dictionary<int, decimal>();
        for (var day = request.From.DayNumber; day <= request.To.DayNumber; day++)
        {
            var sum = 0L;
            for (var back = 0; back < TrendDays; back++)
            {
                sum += daily.GetValueOrDefault(day - back);
            }

            trend[day] = Math.Round(Kwh(sum) / TrendDays, KwhDecimals, MidpointRounding.AwayFromZero);
        }

        return trend;
    }

    private static List<ReportColumn> Columns(ReportLayout layout, bool withPeak, bool withTrend, bool comparing)
    {
        var columns = new List<ReportColumn>(layout.KeyColumns)
        {
            new("energyKwh", "Energy", ReportValueKind.Number, "kWh", KwhDecimals),
            new("sessions", "Sessions", ReportValueKind.Count),
            new("avgKwhPerSession", "Avg kWh per session", ReportValueKind.Number, "kWh", KwhDecimals),
        };
        columns.AddRange(withPeak ? [new("peakHourKwh", "Peak hour", ReportValueKind.Number, "kWh", KwhDecimals)] : []);
        columns.AddRange(withTrend ? [new("trendKwh", "Trend, 7-day avg", ReportValueKind.Number, "kWh", KwhDecimals)] : []);
        columns.AddRange(comparing
            ? [new("previousEnergyKwh", "Previous kWh", ReportValueKind.Number, "kWh", KwhDecimals), new("previousSessions", "Previous sessions", ReportValueKind.Count)]
            : []);
        return columns;
    }

    private static List<ReportRow> Rows(ReportContext context, ReportCells<EnergySums> current, ReportCells<EnergySums>? previous, bool withPeak, Dictionary<int, decimal>? trend)
    {
        var empty = new EnergySums();
        var layout = context.Layout;
        var keys = ReportCells<EnergySums>.RowKeys(layout, current, previous, [string.Empty]);
        if (!layout.IsTime)
        {
            keys = [.. keys.OrderByDescending(k => current.Find(k.Row, k.Bucket)?.EnergyWh ?? 0).ThenBy(k => layout.SortLabel(k.Row), StringComparer.Ordinal)];
        }

        return keys.ConvertAll(k =>
        {
            // A day row's trend is that day's; the trend column exists only when grouping by day.
            var dayTrend = trend is null ? null : (decimal?)trend[layout.Periods.Periods[(int)k.Row.Number].Start.DayNumber];
            var measures = Measures(current.Find(k.Row, k.Bucket) ?? empty, previous is null ? null : previous.Find(k.Row, k.Bucket) ?? empty, withPeak, dayTrend, trend is not null);
            return new ReportRow([.. layout.KeyValues(k.Row), .. measures]);
        });
    }

    private static object?[] Measures(EnergySums sums, EnergySums? previous, bool withPeak, decimal? trend, bool withTrend)
    {
        var values = new List<object?> { Kwh(sums.EnergyWh), sums.Sessions, AverageKwh(sums.EnergyWh, sums.Sessions) };
        values.AddRange(withPeak ? [Kwh(sums.PeakHourWh)] : []);
        values.AddRange(withTrend ? [trend] : []);
        values.AddRange(previous is null ? [] : [Kwh(previous.EnergyWh), previous.Sessions]);
        return [.. values];
    }

    private static List<ReportFigure> Figures(EnergySums now, EnergySums? before, bool withPeak)
    {
        var figures = new List<ReportFigure>
        {
            new("Energy", Kwh(now.EnergyWh), "kWh", KwhDecimals, before is null ? null : Kwh(before.EnergyWh)),
            new("Sessions", now.Sessions, "sessions", 0, before?.Sessions),
            new("Avg kWh per session", AverageKwh(now.EnergyWh, now.Sessions) ?? 0m, "kWh", KwhDecimals, before is null ? null : AverageKwh(before.EnergyWh, before.Sessions) ?? 0m),
        };
        figures.AddRange(withPeak ? [new ReportFigure("Peak hour", Kwh(now.PeakHourWh), "kWh", KwhDecimals, before is null ? null : Kwh(before.PeakHourWh))] : []);
        return figures;
    }
}
