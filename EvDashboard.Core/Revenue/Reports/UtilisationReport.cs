using static EvDashboard.Core.Revenue.Reports.ReportNumbers;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// Utilisation from ConnectorDays: each state's share of the connectors' time, sessions per connector-day, failed
/// sessions (under a minute or 100 Wh) and, from ChargePointDays, refused authorisations, which belong to a charge
/// point and so are left empty on connector rows.
/// </summary>
internal static class UtilisationReport
{
    public const string Title = "Utilisation";

    private const int PerDayDecimals = 2;

    private static readonly (string Key, string Title)[] States =
    [
        ("chargingPercent", "Charging"), ("occupiedPercent", "Occupied, not charging"), ("availablePercent", "Available"),
        ("faultedPercent", "Faulted"), ("unavailablePercent", "Unavailable"), ("offlinePercent", "Offline"), ("unknownPercent", "Unknown"),
    ];

    public static async Task<ReportResult> BuildAsync(ReportContext context, CancellationToken cancellationToken)
    {
        var layout = context.Layout;
        var withRejected = context.Grouping != ReportGrouping.Connector;
        var facts = await FactsAsync(context, context.Range, cancellationToken);
        var previousFacts = context.ComparisonRange is { } comparison ? await FactsAsync(context, comparison, cancellationToken) : null;
        var current = ReportCells<UtilisationSums>.Of(facts, f => layout.RowOf(f.Key), _ => string.Empty, UtilisationSums.Add);
        var previous = previousFacts is null ? null : ReportCells<UtilisationSums>.Of(previousFacts, f => context.ComparisonLayout!.RowOf(f.Key), _ => string.Empty, UtilisationSums.Add);
        context.Filters.Add("Shares of each connector's time; Unknown is time before the connector first reported its status");
        var rows = current.IsEmpty ? [] : Rows(context, current, previous, withRejected);
        var total = current.IsEmpty ? null : new ReportRow([.. layout.TotalKeyValues(), .. Measures(current.Total, previous?.Total, withRejected: true)]);
        return new ReportResult(
            context.Request, Title, context.Filters, Columns(layout, previous is not null), rows, total, Figures(current.Total, previous?.Total),
            new ReportChart(ReportChartKind.Bar, layout.LabelColumn, ["chargingPercent", "occupiedPercent"]));
    }

    private static async Task<List<UtilisationFact>> FactsAsync(ReportContext context, ReportRange range, CancellationToken cancellationToken)
    {
        var time = await context.Reader.ConnectorAsync(context.Grouping, range, cancellationToken);
        var facts = time.ConvertAll(f => new UtilisationFact(f.Key, f, 0));
        if (context.Grouping != ReportGrouping.Connector)
        {
            var rejected = await context.Reader.RejectedAsync(context.Grouping, range, cancellationToken);
            facts.AddRange(rejected.Select(r => new UtilisationFact(r.Key, null, r.Value)));
        }

        return facts;
    }

    private static List<ReportColumn> Columns(ReportLayout layout, bool comparing)
    {
        var columns = new List<ReportColumn>(layout.KeyColumns) { new("utilisationPercent", "In use", ReportValueKind.Percent, "%", PercentDecimals) };
        columns.AddRange(States.Select(s => new ReportColumn(s.Key, s.Title, ReportValueKind.Percent, "%", PercentDecimals)));
        columns.AddRange(
        [
            new("sessions", "Sessions", ReportValueKind.Count),
            new("sessionsPerConnectorDay", "Sessions per connector per day", ReportValueKind.Number, null, PerDayDecimals),
            new("failedSessions", "Failed sessions", ReportValueKind.Count),
            new("failedRatePercent", "Failed rate", ReportValueKind.Percent, "%", PercentDecimals),
            new("rejectedAuthorizations", "Rejected authorisations", ReportValueKind.Count),
        ]);
        columns.AddRange(comparing
            ? [new("previousUtilisationPercent", "Previous in use", ReportValueKind.Percent, "%", PercentDecimals), new("previousSessions", "Previous sessions", ReportValueKind.Count)]
            : []);
        return columns;
    }

    private static List<ReportRow> Rows(ReportContext context, ReportCells<UtilisationSums> current, ReportCells<UtilisationSums>? previous, bool withRejected)
    {
        var empty = new UtilisationSums();
        var layout = context.Layout;
        var keys = ReportCells<UtilisationSums>.RowKeys(layout, current, previous, [string.Empty]);
        if (!layout.IsTime)
        {
            keys = [.. keys.OrderByDescending(k => Share(current.Find(k.Row, k.Bucket) ?? empty)).ThenBy(k => layout.SortLabel(k.Row), StringComparer.Ordinal)];
        }

        return keys.ConvertAll(k => new ReportRow(
            [.. layout.KeyValues(k.Row), .. Measures(current.Find(k.Row, k.Bucket) ?? empty, previous is null ? null : previous.Find(k.Row, k.Bucket) ?? empty, withRejected)]));
    }

    private static decimal Share(UtilisationSums sums) => sums.AllSeconds == 0 ? 0m : (decimal)sums.InUseSeconds / sums.AllSeconds;

    private static object?[] Measures(UtilisationSums sums, UtilisationSums? previous, bool withRejected)
    {
        var all = sums.AllSeconds;
        var values = new List<object?>
        {
            Percent(sums.InUseSeconds, all), Percent(sums.ChargingSeconds, all), Percent(sums.OccupiedSeconds, all), Percent(sums.AvailableSeconds, all),
            Percent(sums.FaultedSeconds, all), Percent(sums.UnavailableSeconds, all), Percent(sums.OfflineSeconds, all), Percent(sums.UnknownSeconds, all),
            sums.Sessions, Average(sums.Sessions, sums.ConnectorDays, PerDayDecimals), sums.FailedSessions, Percent(sums.FailedSessions, sums.Sessions),
            withRejected ? sums.RejectedAuthorizations : null,
        };
        values.AddRange(previous is null ? [] : [Percent(previous.InUseSeconds, previous.AllSeconds), previous.Sessions]);
        return [.. values];
    }

    private static List<ReportFigure> Figures(UtilisationSums now, UtilisationSums? before) =>
    [
        new("Utilisation", Percent(now.InUseSeconds, now.AllSeconds) ?? 0m, "%", PercentDecimals, before is null ? null : Percent(before.InUseSeconds, before.AllSeconds) ?? 0m),
        new("Failed rate", Percent(now.FailedSessions, now.Sessions) ?? 0m, "%", PercentDecimals, before is null ? null : Percent(before.FailedSessions, before.Sessions) ?? 0m),
        new("Rejected authorisations", now.RejectedAuthorizations, "authorisations", 0, before?.RejectedAuthorizations),
    ];
}
