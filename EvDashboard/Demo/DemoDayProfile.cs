namespace EvDashboard.Demo;

/// <summary>
/// When drivers come, by the hour of the site's day: quiet at night, a morning peak, a busier evening. The day is
/// real (site zone) but compressed: stays last minutes instead of hours, so a demo moves while someone watches.
/// </summary>
internal static class DemoDayProfile
{
    /// <summary>The share of connectors in use the fleet drifts toward, per local hour 0..23.</summary>
    private static readonly double[] Occupancy =
    [
        0.15, 0.12, 0.10, 0.10, 0.12, 0.18, 0.30, 0.45, 0.65, 0.65, 0.55, 0.55,
        0.60, 0.60, 0.50, 0.50, 0.60, 0.75, 0.75, 0.70, 0.50, 0.40, 0.30, 0.20,
    ];

    /// <summary>The average time a car stays, from arrival to leaving, in the compressed demo day.</summary>
    private static readonly TimeSpan AverageStay = TimeSpan.FromMinutes(25);

    public static double TargetOccupancy(int localHour) => Occupancy[Math.Clamp(localHour, 0, 23)];

    /// <summary>
    /// How long a free connector waits for its next car: exponential, with the mean that makes a connector busy
    /// for the hour's share of the time (busy / (busy + idle) = occupancy).
    /// </summary>
    public static TimeSpan IdleGap(Random random, int localHour)
    {
        var occupancy = TargetOccupancy(localHour);
        var meanSeconds = AverageStay.TotalSeconds * (1 - occupancy) / occupancy;
        var seconds = -Math.Log(1 - random.NextDouble()) * meanSeconds;
        return TimeSpan.FromSeconds(Math.Clamp(seconds, 15, 4 * 3600));
    }
}
