namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// The time after charging ended (docs/TARIFFS.md, rule 7): all of it counts as idle time, and what follows the
/// grace period is charged.
/// </summary>
internal readonly record struct IdleWindow(long IdleTicks, TimeInterval? Charged)
{
    public static IdleWindow From(long? chargingEndTicks, int graceMinutes, long endTicks)
    {
        if (chargingEndTicks is not { } idleStart || idleStart >= endTicks)
        {
            return new IdleWindow(0, null);
        }

        var chargedFrom = idleStart + (Math.Max(0, graceMinutes) * TimeSpan.TicksPerMinute);
        return new IdleWindow(endTicks - idleStart, chargedFrom < endTicks ? new TimeInterval(chargedFrom, endTicks) : null);
    }
}
