using System.Globalization;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// What a report is asked for: a range of site-local dates (both inclusive), the rows' grouping, the comparison period
/// and an optional charge point filter. <see cref="ReportRequestParser"/> builds one from a query string and
/// <see cref="ToQuery"/> writes it back, so pages, exports and the API share one format.
/// </summary>
public sealed record ReportRequest(
    ReportKind Kind, DateOnly From, DateOnly To, ReportGrouping GroupBy, ReportComparison Compare = ReportComparison.None, string? ChargePointId = null)
{
    /// <summary>Three years and a day: a range longer than this is refused (reports are for periods, not all of history at day level).</summary>
    public const int MaxDays = 1097;

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The comparison range: as many days just before <see cref="From"/>, or the same dates a year earlier.</summary>
    public (DateOnly From, DateOnly To)? ComparisonRange => Compare switch
    {
        ReportComparison.PreviousPeriod => (From.AddDays(-Days), From.AddDays(-1)),
        ReportComparison.PreviousYear => (From.AddYears(-1), To.AddYears(-1)),
        _ => null,
    };

    public static string KindName(ReportKind kind) => kind.ToString().ToLowerInvariant();

    public static string GroupingName(ReportGrouping grouping) => grouping == ReportGrouping.ChargePoint ? "chargePoint" : grouping.ToString().ToLowerInvariant();

    public static string ComparisonName(ReportComparison comparison) => comparison switch
    {
        ReportComparison.PreviousPeriod => "previous",
        ReportComparison.PreviousYear => "lastYear",
        _ => "none",
    };

    /// <summary>The groupings a report offers: utilisation is about connector time, which has no tariff or idTag group.</summary>
    public static IReadOnlyList<ReportGrouping> GroupingsOf(ReportKind kind) => kind == ReportKind.Utilisation
        ? [ReportGrouping.Day, ReportGrouping.Week, ReportGrouping.Month, ReportGrouping.Site, ReportGrouping.ChargePoint, ReportGrouping.Connector]
        : Enum.GetValues<ReportGrouping>();

    /// <summary>The query string (without '?') that <see cref="ReportRequestParser"/> reads back into this request.</summary>
    public string ToQuery()
    {
        var query = string.Create(
            CultureInfo.InvariantCulture,
            $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}&groupBy={GroupingName(GroupBy)}");
        if (Compare != ReportComparison.None)
        {
            query += "&compare=" + ComparisonName(Compare);
        }

        if (!string.IsNullOrEmpty(ChargePointId))
        {
            query += "&chargePointId=" + Uri.EscapeDataString(ChargePointId);
        }

        return query;
    }
}
