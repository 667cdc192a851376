using System.Globalization;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// The leading columns that say what a row is, shared by the three reports: a period (its label and first day) or a
/// dimension (site, charge point and name, connector, tariff, idTag group). For time groupings a row's key number
/// is the period's index; for dimensions it is the rollups' own key.
/// </summary>
internal sealed class ReportLayout(ReportGrouping grouping, ReportPeriods? periods, ReportCatalogue catalogue, string siteName)
{
    public ReportGrouping Grouping => grouping;

    public bool IsTime => periods is not null;

    public ReportPeriods Periods => periods ?? throw new InvalidOperationException("A dimension grouping has no periods.");

    public IReadOnlyList<ReportColumn> KeyColumns => grouping switch
    {
        ReportGrouping.Day => [new("date", "Date", ReportValueKind.Date)],
        ReportGrouping.Week => [new("week", "Week", ReportValueKind.Text), new("start", "Start", ReportValueKind.Date)],
        ReportGrouping.Month => [new("month", "Month", ReportValueKind.Text), new("start", "Start", ReportValueKind.Date)],
        ReportGrouping.Site => [new("site", "Site", ReportValueKind.Text)],
        ReportGrouping.ChargePoint => [new("chargePointId", "Charge point", ReportValueKind.Text), new("name", "Name", ReportValueKind.Text)],
        ReportGrouping.Connector =>
        [
            new("connector", "Connector", ReportValueKind.Text), new("chargePointId", "Charge point", ReportValueKind.Text),
            new("connectorId", "Connector id", ReportValueKind.Count),
        ],
        ReportGrouping.Tariff => [new("tariff", "Tariff", ReportValueKind.Text)],
        _ => [new("group", "IdTag group", ReportValueKind.Text)],
    };

    /// <summary>The column a chart takes its categories from.</summary>
    public string LabelColumn => KeyColumns[0].Key;

    /// <summary>The row keys every report shows even without data: every period, every existing charge point or connector.</summary>
    public IEnumerable<ReportKey> StandingKeys => grouping switch
    {
        _ when periods is not null => Enumerable.Range(0, periods.Periods.Count).Select(i => new ReportKey(string.Empty, i)),
        ReportGrouping.ChargePoint => catalogue.ChargePoints,
        ReportGrouping.Connector => catalogue.Connectors,
        _ => [],
    };

    /// <summary>Maps a rollup key onto its row: a day onto its period (null outside the range); a dimension onto itself.</summary>
    public ReportKey? RowOf(ReportKey fact)
    {
        if (periods is null)
        {
            return fact;
        }

        var index = periods.IndexOf(fact.Number);
        return index < 0 ? null : new ReportKey(string.Empty, index);
    }

    public object?[] KeyValues(ReportKey key)
    {
        if (periods is not null)
        {
            var period = periods.Periods[(int)key.Number];
            return grouping == ReportGrouping.Day ? [period.Start] : [period.Label, period.Start];
        }

        return grouping switch
        {
            ReportGrouping.Site => [siteName],
            ReportGrouping.ChargePoint => [key.Text, catalogue.ChargePointName(key.Text)],
            ReportGrouping.Connector => [string.Create(CultureInfo.InvariantCulture, $"{key.Text} #{key.Number}"), key.Text, key.Number],
            ReportGrouping.Tariff => [catalogue.TariffName(key.Number)],
            _ => [key.Text.Length == 0 ? "No group" : key.Text],
        };
    }

    /// <summary>The total row's leading values: "Total" in the first text column, nothing in the others.</summary>
    public object?[] TotalKeyValues() =>
        KeyColumns.Select((column, i) => i == 0 && column.Kind == ReportValueKind.Text ? (object?)"Total" : null).ToArray();

    /// <summary>Dimension rows in a stable order for equal measures: by their own label.</summary>
    public string SortLabel(ReportKey key) => grouping switch
    {
        ReportGrouping.Connector => string.Create(CultureInfo.InvariantCulture, $"{key.Text}\u0001{key.Number:D9}"),
        ReportGrouping.Tariff => catalogue.TariffName(key.Number),
        _ => key.Text,
    };
}
