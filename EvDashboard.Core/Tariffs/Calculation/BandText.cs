using System.Globalization;
using System.Text;

namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// A short text for a price band on a cost line: "Mon–Fri 07:00–22:00", "22:00–07:00", "Sat, Sun",
/// "from 20 kWh", "up to 20 kWh"; null when the entry is unrestricted.
/// </summary>
internal static class BandText
{
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string? Describe(PriceRestriction? restriction, bool withEnergy)
    {
        if (restriction is null)
        {
            return null;
        }

        var parts = new List<string>(3);
        AddIfAny(parts, Days(restriction.Days));
        AddIfAny(parts, Times(restriction.StartTime, restriction.EndTime));
        var text = string.Join(' ', parts);
        var energy = withEnergy ? Energy(restriction.MinEnergyWh, restriction.MaxEnergyWh) : null;
        return (text.Length, energy) switch
        {
            (0, null) => null,
            (0, _) => energy,
            (_, null) => text,
            _ => text + ", " + energy,
        };
    }

    private static string? Days(IReadOnlyList<DayOfWeek>? days)
    {
        if (days is null || days.Count == 0)
        {
            return null;
        }

        var included = Week.Select(days.Contains).ToArray();
        if (included.All(x => x))
        {
            return null;
        }

        // Runs of three or more days read as a range (Mon–Fri); shorter ones are listed (Sat, Sun).
        var text = new StringBuilder();
        for (var first = 0; first < Week.Length; first++)
        {
            if (!included[first])
            {
                continue;
            }

            var last = first;
            while (last + 1 < Week.Length && included[last + 1])
            {
                last++;
            }

            var run = last - first >= 2 ? Short(first) + "–" + Short(last) : string.Join(", ", Enumerable.Range(first, last - first + 1).Select(Short));
            text.Append(text.Length == 0 ? string.Empty : ", ").Append(run);
            first = last;
        }

        return text.ToString();
    }

    private static string? Times(TimeOnly? start, TimeOnly? end)
    {
        var from = LocalBand.StartOf(start);
        var to = LocalBand.EndOf(end);
        if (from == TimeSpan.Zero && to == TimeSpan.FromDays(1))
        {
            return null;
        }

        return Clock(from) + "–" + Clock(to);
    }

    private static string? Energy(long? minWh, long? maxWh) => (minWh is > 0 ? minWh : null, maxWh) switch
    {
        (null, null) => null,
        (null, { } max) => "up to " + Kwh(max) + " kWh",
        ({ } min, null) => "from " + Kwh(min) + " kWh",
        ({ } min, { } max) => Kwh(min) + "–" + Kwh(max) + " kWh",
    };

    private static string Short(int weekIndex) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(Week[weekIndex]);

    private static string Clock(TimeSpan time) =>
        ((int)time.TotalHours).ToString("00", CultureInfo.InvariantCulture) + ":" + time.Minutes.ToString("00", CultureInfo.InvariantCulture);

    private static string Kwh(long wh) => (wh / 1000m).ToString("0.###", CultureInfo.InvariantCulture);

    private static void AddIfAny(List<string> parts, string? part)
    {
        if (part is not null)
        {
            parts.Add(part);
        }
    }
}
