namespace EvDashboard.Core.Sessions;

/// <summary>One OCPP meterValue: the sampled values that share a timestamp.</summary>
public sealed record TimedReadings(DateTimeOffset Timestamp, IReadOnlyList<SampledReading> Readings)
{
    /// <summary>Condenses the samples into what the session tracks: the billing register, total power, SoC.</summary>
    public MeterReading ToMeterReading()
    {
        long? energy = null;
        long? power = null;
        decimal phasePower = 0;
        var hasPhasePower = false;
        int? soc = null;
        foreach (var r in Readings)
        {
            if (r.IsBillingRegister && r.Wh is { } wh)
            {
                energy = wh;
            }
            else if (r.TotalPowerW is { } w)
            {
                power = w;
            }
            else if (r.Phase is "L1" or "L2" or "L3" or "L1-N" or "L2-N" or "L3-N" && r.PowerW is { } pw)
            {
                // Some chargers report power per phase only; the total is their sum.
                phasePower += pw;
                hasPhasePower = true;
            }

            soc = r.SocPercent ?? soc;
        }

        return new MeterReading(Timestamp, energy, power ?? (hasPhasePower ? SampledReading.ToWhole(phasePower) : null), soc);
    }
}
