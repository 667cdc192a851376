namespace EvDashboard.Bench;

/// <summary>
/// A plausible three-phase 11 kW meter. The energy register only grows, so every MeterValues carries a new
/// reading; the other quantities wobble a little so that not every row holds the same value.
/// </summary>
internal sealed class ChargePointMeter
{
    public long EnergyWh { get; private set; }

    public long Readings { get; private set; }

    public long PowerW => 11_000 + (Readings % 7 * 10);

    public long CurrentTenthsA(int phase) => 159 + ((Readings + phase) % 3);

    public long VoltageTenthsV(int phase) => 2298 + ((Readings + (2 * phase)) % 5);

    public long StateOfChargePercent => Math.Min(100, 20 + (Readings / 50));

    public long TemperatureTenthsC => 310 + (Readings % 4);

    public void Advance()
    {
        Readings++;
        EnergyWh += 3;
    }
}
