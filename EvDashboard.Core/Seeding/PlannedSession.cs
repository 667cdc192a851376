using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Seeding;

/// <summary>
/// One seeded session on its connector's timeline: plugged in (Preparing) at <see cref="PluggedAt"/>, charging from
/// <see cref="StartedAt"/> to <see cref="ChargeEndsAt"/>, then SuspendedEV until the stop at <see cref="EndedAt"/>
/// (Finishing), and unplugged (Available) at <see cref="UnpluggedAt"/>.
/// </summary>
internal sealed record PlannedSession(
    SeedConnector Connector,
    SeedTag Tag,
    DateTimeOffset PluggedAt,
    DateTimeOffset StartedAt,
    DateTimeOffset ChargeEndsAt,
    DateTimeOffset EndedAt,
    DateTimeOffset UnpluggedAt,
    long MeterStartWh,
    long MeterStopWh,
    string StopReason)
{
    public long EnergyWh => MeterStopWh - MeterStartWh;

    /// <summary>The connector's changes from the start to the stop, as the ledger stores them (the stop's Finishing included).</summary>
    public IEnumerable<(DateTimeOffset At, ConnectorStatus Status)> StatusesFromStart()
    {
        yield return (StartedAt, ConnectorStatus.Charging);
        if (ChargeEndsAt < EndedAt)
        {
            yield return (ChargeEndsAt, ConnectorStatus.SuspendedEV);
        }

        yield return (EndedAt, ConnectorStatus.Finishing);
    }

    /// <summary>
    /// Up to ten register readings at whole seconds after the start, the last at the stop: the register climbs evenly
    /// while charging and stays put while the car sits idle, so the readings never go down.
    /// </summary>
    public IEnumerable<(DateTimeOffset At, long RegisterWh)> Readings()
    {
        var seconds = (long)(EndedAt - StartedAt).TotalSeconds;
        var chargeSeconds = Math.Max(1, (long)(ChargeEndsAt - StartedAt).TotalSeconds);
        var count = (int)Math.Min(10, seconds);
        for (var i = 1; i <= count; i++)
        {
            var offset = seconds * i / count;
            var register = MeterStartWh + (EnergyWh * Math.Min(offset, chargeSeconds) / chargeSeconds);
            yield return (StartedAt.AddSeconds(offset), i == count ? MeterStopWh : register);
        }
    }
}
