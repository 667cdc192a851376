using static EvDashboard.Core.Revenue.Reports.ReportNumbers;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// Weekday × local hour from SiteHours. Energy and sessions are averages over the range's occurrences of the weekday
/// (an hour without a row counts as 0; the repeated hour of an autumn DST change adds to its hour); occupancy is the
/// cell's occupied connector-seconds over its observed connector-seconds.
/// </summary>
internal static class HeatmapReport
{
    public const int Hours = 24;

    private const int SessionDecimals = 2;

    public static HeatmapResult Build(DateOnly first, DateOnly last, HeatmapMetric metric, string timeZone, IReadOnlyList<SiteHourCell> sums)
    {
        var occurrences = WeekdayCounts(first, last);
        var byCell = sums.ToDictionary(s => (s.Weekday, s.Hour));
        var cells = new IReadOnlyList<decimal>[7];
        for (var weekday = 0; weekday < 7; weekday++)
        {
            var row = new decimal[Hours];
            for (var hour = 0; hour < Hours; hour++)
            {
                row[hour] = byCell.TryGetValue((weekday, hour), out var cell) ? Value(metric, cell, occurrences[weekday]) : 0m;
            }

            cells[weekday] = row;
        }

        var (unit, decimals) = metric switch
        {
            HeatmapMetric.Energy => ("kWh", KwhDecimals),
            HeatmapMetric.Sessions => ("sessions", SessionDecimals),
            _ => ("%", PercentDecimals),
        };
        return new HeatmapResult(metric, first, last, timeZone, unit, decimals, cells);
    }

    /// <summary>How many times each weekday (0 = Monday) occurs in the range.</summary>
    internal static int[] WeekdayCounts(DateOnly first, DateOnly last)
    {
        var counts = new int[7];
        var days = last.DayNumber - first.DayNumber + 1;
        for (var offset = 0; offset < Math.Min(days, 7); offset++)
        {
            var weekday = IsoWeekday(first.AddDays(offset));
            counts[weekday] = (days - offset + 6) / 7;
        }

        return counts;
    }

    internal static int IsoWeekday(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;

    private static decimal Value(HeatmapMetric metric, SiteHourCell cell, int occurrences) => metric switch
    {
        _ when occurrences == 0 => 0m,
        HeatmapMetric.Energy => Math.Round(Kwh(cell.EnergyWh) / occurrences, KwhDecimals, MidpointRounding.AwayFromZero),
        HeatmapMetric.Sessions => Math.Round((decimal)cell.SessionsStarted / occurrences, SessionDecimals, MidpointRounding.AwayFromZero),
        _ => Percent(cell.OccupiedSeconds, cell.ObservedSeconds) ?? 0m,
    };
}
