namespace EvDashboard.Core.Seeding;

/// <summary>
/// When drivers arrive, in the site's local time: a morning peak (commuters), a midday plateau, an evening peak and
/// quiet nights on weekdays; later, flatter and about a third quieter at weekends.
/// </summary>
internal static class ArrivalPattern
{
    private static readonly double[] Weekday =
        [0.3, 0.2, 0.1, 0.1, 0.2, 0.6, 2.0, 5.0, 6.5, 5.0, 3.5, 3.5, 4.0, 3.5, 3.5, 4.0, 5.5, 7.0, 7.0, 5.5, 4.0, 2.5, 1.5, 0.7];

    private static readonly double[] Weekend =
        [0.5, 0.3, 0.2, 0.1, 0.1, 0.2, 0.5, 1.2, 2.5, 4.0, 5.0, 5.5, 5.5, 5.0, 5.0, 5.0, 5.0, 5.0, 4.5, 4.0, 3.0, 2.0, 1.2, 0.8];

    private static readonly double[] WeekdayCumulative = Cumulative(Weekday);

    private static readonly double[] WeekendCumulative = Cumulative(Weekend);

    public static double DayWeight(DayOfWeek day) => IsWeekend(day) ? 0.65 : 1.0;

    /// <summary>Seconds after local midnight at which a driver arrives.</summary>
    public static int SecondOfDay(DayOfWeek day, Random random)
    {
        var cumulative = IsWeekend(day) ? WeekendCumulative : WeekdayCumulative;
        var pick = random.NextDouble() * cumulative[^1];
        var hour = Array.FindIndex(cumulative, c => pick < c);
        return (Math.Max(hour, 0) * 3600) + random.Next(3600);
    }

    private static bool IsWeekend(DayOfWeek day) => day is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static double[] Cumulative(double[] weights)
    {
        var sums = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            sums[i] = total;
        }

        return sums;
    }
}
