using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>
/// Report results shaped like the real ones, with numbers derived from the row position so tests can predict them:
/// one row per day of the range (or three charge points when grouped by a dimension), a total row, figures with the
/// comparison's previous value when one was asked for.
/// </summary>
public static class CannedReports
{
    public const string Currency = "EUR";

    public static ReportResult For(ReportRequest request) => request.Kind switch
    {
        ReportKind.Revenue => Revenue(request),
        ReportKind.Energy => Energy(request),
        _ => Utilisation(request),
    };

    public static ReportResult Empty(ReportRequest request) => For(request) with { Rows = [], Total = null };

    /// <summary>Day i (0-based) has 10 + i % 7 sessions, 12.5 kWh each, at 0.40 EUR net per kWh plus 19 % VAT.</summary>
    public static ReportResult Revenue(ReportRequest request)
    {
        var compare = request.Compare != ReportComparison.None;
        List<ReportColumn> columns =
        [
            Label(request), new("sessions", "Sessions", ReportValueKind.Count), new("energyKwh", "Energy", ReportValueKind.Number, "kWh", 3),
            new("net", "Net", ReportValueKind.Number, Currency, 2), new("vat", "VAT", ReportValueKind.Number, Currency, 2),
            new("gross", "Gross", ReportValueKind.Number, Currency, 2),
        ];
        if (compare)
        {
            columns.Add(new("previousGross", "Gross, previous period", ReportValueKind.Number, Currency, 2));
        }

        var rows = Labels(request).Select((label, i) =>
        {
            var (sessions, energy, net, vat) = Day(i);
            List<object?> values = [label, sessions, energy, net, vat, net + vat];
            if (compare)
            {
                values.Add(Math.Round((net + vat) * 0.8m, 2));
            }

            return new ReportRow(values);
        }).ToList();
        var total = Sum(rows, columns.Count);
        var gross = (decimal)total.Values[5]!;
        List<ReportFigure> figures =
        [
            new("Gross revenue", gross, Currency, 2, compare ? (decimal)total.Values[6]! : null),
            new("Energy", (decimal)total.Values[2]!, "kWh", 3),
            new("Sessions", (long)total.Values[1]!, "sessions", 0),
            new("Revenue per session", Math.Round(gross / (long)total.Values[1]!, 2), Currency, 2),
        ];
        var series = compare ? new[] { "gross", "previousGross" } : ["gross"];
        return new(request, "Revenue", Filters(request), columns, rows, total, figures, new ReportChart(ReportChartKind.Bar, columns[0].Key, series));
    }

    public static ReportResult Energy(ReportRequest request)
    {
        List<ReportColumn> columns =
        [
            Label(request), new("energyKwh", "Energy", ReportValueKind.Number, "kWh", 3), new("sessions", "Sessions", ReportValueKind.Count),
            new("kwhPerSession", "Energy per session", ReportValueKind.Number, "kWh", 3), new("trendKwh", "Demand trend (7-day average)", ReportValueKind.Number, "kWh", 3),
        ];
        var rows = Labels(request).Select((label, i) =>
        {
            var (sessions, energy, _, _) = Day(i);
            return new ReportRow([label, energy, sessions, 12.5m, Math.Round(energy * 0.95m, 3)]);
        }).ToList();
        var total = new ReportRow([null, rows.Sum(r => (decimal)r.Values[1]!), rows.Sum(r => (long)r.Values[2]!), 12.5m, null]);
        List<ReportFigure> figures = [new("Energy", (decimal)total.Values[1]!, "kWh", 3), new("Energy per session", 12.5m, "kWh", 3)];
        return new(request, "Energy and demand", Filters(request), columns, rows, total, figures, new ReportChart(ReportChartKind.Bar, columns[0].Key, ["energyKwh", "trendKwh"]));
    }

    public static ReportResult Utilisation(ReportRequest request)
    {
        List<ReportColumn> columns =
        [
            Label(request), new("chargingPercent", "Charging", ReportValueKind.Percent, "%", 1), new("occupiedPercent", "Occupied, not charging", ReportValueKind.Percent, "%", 1),
            new("availablePercent", "Available", ReportValueKind.Percent, "%", 1), new("faultedPercent", "Faulted", ReportValueKind.Percent, "%", 1),
            new("unavailablePercent", "Unavailable", ReportValueKind.Percent, "%", 1), new("offlinePercent", "Offline", ReportValueKind.Percent, "%", 1),
            new("sessions", "Sessions", ReportValueKind.Count), new("failedPercent", "Failed sessions", ReportValueKind.Percent, "%", 1),
        ];
        var rows = Labels(request).Select((label, i) => new ReportRow([label, 30m + (i % 5), 8m, 55m - (i % 5), 2m, 1m, 4m, 10L + (i % 7), 3.5m])).ToList();
        List<ReportFigure> figures =
        [
            new("Utilisation", 32.5m, "%", 1, request.Compare != ReportComparison.None ? 30m : null),
            new("Failed sessions", 3.5m, "%", 1, request.Compare != ReportComparison.None ? 2.5m : null),
            new("Rejected authorisations", 7m, "rejections", 0),
        ];
        return new(request, "Utilisation", Filters(request), columns, rows, null, figures, new ReportChart(ReportChartKind.Bar, columns[0].Key, ["chargingPercent"]));
    }

    /// <summary>Cells[weekday][hour] = weekday + hour / 10, so Monday 07:00 is 0.7 and Sunday 23:00 is 8.3.</summary>
    public static HeatmapResult Heatmap(DateOnly first, DateOnly last, HeatmapMetric metric)
    {
        var cells = Enumerable.Range(0, 7).Select(day => (IReadOnlyList<decimal>)Enumerable.Range(0, 24).Select(hour => day + (hour / 10m)).ToList()).ToList();
        var (unit, decimals) = metric switch { HeatmapMetric.Energy => ("kWh", 3), HeatmapMetric.Sessions => ("sessions", 2), _ => ("%", 1) };
        return new HeatmapResult(metric, first, last, "Europe/Berlin", unit, decimals, cells);
    }

    public static StationRanking Ranking(int count)
    {
        StationRank Rank(int i) => new($"CP-{i:00}", i % 2 == 0 ? $"Car park level {i}" : null, Currency, 1234.5m - (i * 100), 2500.125m - (i * 150), 200 - (i * 10), 40m - i);
        return new StationRanking(Enumerable.Range(1, count).Select(Rank).ToList(), Enumerable.Range(20, count).Select(Rank).Reverse().ToList());
    }

    private static (long Sessions, decimal EnergyKwh, decimal Net, decimal Vat) Day(int i)
    {
        var sessions = 10L + (i % 7);
        var energy = sessions * 12.5m;
        var net = Math.Round(energy * 0.40m, 2);
        return (sessions, energy, net, Math.Round(net * 0.19m, 2));
    }

    private static bool ByPeriod(ReportRequest request) => request.GroupBy is ReportGrouping.Day or ReportGrouping.Week or ReportGrouping.Month;

    private static ReportColumn Label(ReportRequest request) =>
        ByPeriod(request) ? new("period", "Date", ReportValueKind.Date) : new("label", request.GroupBy.ToString(), ReportValueKind.Text);

    private static IEnumerable<object> Labels(ReportRequest request) => ByPeriod(request)
        ? Enumerable.Range(0, request.Days).Select(i => (object)request.From.AddDays(i))
        : ["CP-01", "CP-02", "CP-03"];

    private static ReportRow Sum(List<ReportRow> rows, int width) => new(Enumerable.Range(0, width).Select(i => i switch
    {
        0 => null,
        1 => (object?)rows.Sum(r => (long)r.Values[i]!),
        _ => rows.Sum(r => (decimal)r.Values[i]!),
    }).ToList());

    private static List<string> Filters(ReportRequest request) =>
        [$"Range: {request.From:yyyy-MM-dd} – {request.To:yyyy-MM-dd} (Europe/Berlin)", $"Charge point: {request.ChargePointId ?? "all"}"];
}
