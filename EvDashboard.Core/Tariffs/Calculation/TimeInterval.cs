namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>[Start, End) in UTC ticks.</summary>
internal readonly record struct TimeInterval(long StartTicks, long EndTicks)
{
    public long LengthTicks => EndTicks - StartTicks;
}
