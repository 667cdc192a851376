using System.Globalization;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// The site-local calendar periods of a range: days, ISO weeks (Monday first, "2026-W43") or calendar months
/// ("2026-10"). A partial first or last period holds only the days inside the range.
/// </summary>
internal sealed class ReportPeriods
{
    private readonly int _firstDay;
    private readonly int[] _periodOfDay;

    private ReportPeriods(DateOnly first, IReadOnlyList<ReportPeriod> periods)
    {
        _firstDay = first.DayNumber;
        Periods = periods;
        _periodOfDay = new int[periods[^1].End.DayNumber - _firstDay + 1];
        for (var i = 0; i < periods.Count; i++)
        {
            for (var day = periods[i].Start.DayNumber; day <= periods[i].End.DayNumber; day++)
            {
                _periodOfDay[day - _firstDay] = i;
            }
        }
    }

    public IReadOnlyList<ReportPeriod> Periods { get; }

    public static ReportPeriods Of(ReportGrouping grouping, DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            throw new ArgumentException("The range ends before it starts.", nameof(last));
        }

        var periods = new List<ReportPeriod>();
        for (var start = first; start <= last;)
        {
            var end = Min(EndOf(grouping, start), last);
            periods.Add(new ReportPeriod(Label(grouping, start), start, end));
            start = end.AddDays(1);
        }

        return new ReportPeriods(first, periods);
    }

    /// <summary>The index of the period holding <paramref name="dayNumber"/>, or -1 outside the range.</summary>
    public int IndexOf(long dayNumber)
    {
        var offset = dayNumber - _firstDay;
        return offset >= 0 && offset < _periodOfDay.Length ? _periodOfDay[offset] : -1;
    }

    public static string Label(ReportGrouping grouping, DateOnly date) => grouping switch
    {
        ReportGrouping.Week => string.Create(
            CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}"),
        ReportGrouping.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static DateOnly EndOf(ReportGrouping grouping, DateOnly date) => grouping switch
    {
        // DayOfWeek counts from Sunday; ISO weeks end on Sunday.
        ReportGrouping.Week => date.AddDays((7 - (int)date.DayOfWeek) % 7),
        ReportGrouping.Month => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        ReportGrouping.Day => date,
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Only day, week and month are periods."),
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
