namespace EvDashboard.Core.Sessions;

/// <summary>
/// The meter figures a session tracks and the rules that move them. <see cref="ChargingSession"/> applies them to
/// itself; the MeterValues hot path applies the same rules to a row read by SQL, so the rules live only here.
/// </summary>
internal readonly record struct SessionMeter(
    long MeterStartWh,
    long? MeterStopWh,
    bool IsActive,
    long? LastMeterWh,
    DateTimeOffset? LastMeterAt,
    long? LastPowerW,
    int? LastSocPercent)
{
    /// <summary>meterStop − meterStart when stopped, else the newest register reading − meterStart; never negative.</summary>
    public long EnergyWh => Math.Max(0, (MeterStopWh ?? LastMeterWh ?? MeterStartWh) - MeterStartWh);

    /// <summary>
    /// Takes a meter reading. Late (offline-buffered) readings are kept as samples by the caller but
    /// do not replace a newer "last" reading; after the stop, the final energy no longer moves.
    /// </summary>
    public SessionMeter Record(MeterReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (LastMeterAt is { } last && reading.Timestamp < last)
        {
            return this;
        }

        var power = LastPowerW;
        var register = LastMeterWh;
        if (reading.EnergyWh is { } wh)
        {
            power = reading.PowerW ?? DerivePower(wh, reading.Timestamp) ?? power;
            register = wh;
        }
        else if (reading.PowerW is { } w)
        {
            power = w;
        }

        return this with
        {
            LastMeterWh = register,
            LastMeterAt = reading.Timestamp,
            // A rate is only live while the session runs; late samples must not make a stopped session look like it charges.
            LastPowerW = IsActive ? power : 0,
            LastSocPercent = reading.SocPercent ?? LastSocPercent,
        };
    }

    private long? DerivePower(long energyWh, DateTimeOffset at)
    {
        if (LastMeterWh is not { } previousWh || LastMeterAt is not { } previousAt || at <= previousAt)
        {
            return null;
        }

        if (energyWh < previousWh)
        {
            return null;
        }

        // W = Wh × 3600 s/h ÷ elapsed seconds, in exact integer arithmetic (Int128: no overflow for any register).
        // A rate above 10 MW is a meter glitch (or an absurd register), not a charging rate.
        var ticks = (at - previousAt).Ticks;
        var scaled = (Int128)(energyWh - previousWh) * 3600 * TimeSpan.TicksPerSecond;
        var watts = (scaled + (ticks / 2)) / ticks;
        return watts <= 10_000_000 ? (long)watts : null;
    }
}
