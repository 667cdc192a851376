namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>Billing increments (docs/TARIFFS.md): quantities are rounded up to whole steps.</summary>
internal static class Steps
{
    /// <summary>Rounds up to a multiple of the step; a step below 2 leaves the quantity as it is.</summary>
    public static long RoundUp(long quantity, long step) =>
        step <= 1 || quantity % step == 0 ? quantity : ((quantity / step) + 1) * step;

    /// <summary>A started second counts as a second: sub-second timestamps never price less than the time used.</summary>
    public static long WholeSecondsUp(long ticks) => (ticks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond;
}
