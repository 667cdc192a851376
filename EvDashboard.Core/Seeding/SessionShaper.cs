namespace EvDashboard.Core.Seeding;

/// <summary>
/// How long a driver stays and how much energy the car takes: DC visits are short and fast; AC visits range from a
/// shopping trip to a night, and the car often sits idle after it is full. About 3 % fail (under a minute or under
/// 0.1 kWh), as failed plug-ins and refused cars do.
/// </summary>
internal static class SessionShaper
{
    private static readonly string[] StopReasons = ["Local", "EVDisconnected", "Remote", "Local", "Local"];

    public static PlannedSession Shape(SeedConnector connector, SeedTag tag, DateTimeOffset pluggedAt, DateTimeOffset latestEnd, Random random)
    {
        var startedAt = pluggedAt.AddSeconds(random.Next(10, 90));
        var (durationSeconds, powerW, needWh) = random.NextDouble() < 0.03
            ? Failed(random)
            : connector.IsDc ? Dc(connector, random) : Ac(connector, random);
        var endedAt = startedAt.AddSeconds(durationSeconds);
        if (endedAt > latestEnd)
        {
            endedAt = latestEnd > startedAt.AddSeconds(30) ? latestEnd : startedAt.AddSeconds(30);
        }

        var seconds = (long)(endedAt - startedAt).TotalSeconds;
        var chargeSeconds = powerW <= 0 ? seconds : Math.Min(seconds, needWh * 3600 / powerW);
        var energyWh = Math.Min(needWh, powerW * Math.Max(chargeSeconds, 1) / 3600);
        var meterStart = connector.RegisterWh;
        connector.RegisterWh += energyWh;
        return new PlannedSession(
            connector, tag, pluggedAt, startedAt, startedAt.AddSeconds(Math.Max(chargeSeconds, 1)), endedAt,
            endedAt.AddSeconds(random.Next(5, 120)), meterStart, connector.RegisterWh, StopReasons[random.Next(StopReasons.Length)]);
    }

    private static (long Seconds, long PowerW, long NeedWh) Failed(Random random) =>
        random.Next(2) == 0
            ? (random.Next(20, 56), 3_000, random.Next(0, 40))
            : (random.Next(60, 480), 1_000, random.Next(0, 99));

    private static (long Seconds, long PowerW, long NeedWh) Dc(SeedConnector connector, Random random)
    {
        var carW = random.Next(40, 250) * 1000L;
        var powerW = Math.Min(connector.MaxPowerW, carW) * 8 / 10;
        return (random.Next(10 * 60, 60 * 60), powerW, random.Next(8_000, 70_000));
    }

    private static (long Seconds, long PowerW, long NeedWh) Ac(SeedConnector connector, Random random)
    {
        var carW = random.Next(3) switch { 0 => 7_400L, 1 => 11_000L, _ => 22_000L };
        var powerW = Math.Min(connector.MaxPowerW, carW) * 9 / 10;
        var kind = random.NextDouble();
        var seconds = kind switch
        {
            < 0.55 => random.Next(5 * 60, 75 * 60),
            < 0.90 => random.Next(75 * 60, 4 * 3600),
            _ => random.Next(4 * 3600, 10 * 3600),
        };
        return (seconds, powerW, random.Next(4_000, 60_000));
    }
}
