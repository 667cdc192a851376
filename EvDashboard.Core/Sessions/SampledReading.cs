using System.Globalization;

namespace EvDashboard.Core.Sessions;

/// <summary>A sampled value normalised: spec defaults applied (OCPP 1.6 §7.45), value parsed, energy in Wh.</summary>
public sealed record SampledReading(
    string Measurand,
    string Phase,
    string Location,
    string Context,
    string Unit,
    string Format,
    string RawValue,
    decimal? Value,
    long? Wh)
{
    public const string EnergyRegister = "Energy.Active.Import.Register";
    public const string ActivePower = "Power.Active.Import";
    public const string StateOfCharge = "SoC";

    public static SampledReading From(string rawValue, string? measurand, string? phase, string? location, string? context, string? unit, string? format)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        var m = measurand ?? EnergyRegister;
        var f = format ?? "Raw";
        var u = unit ?? DefaultUnit(m);
        decimal? value = f == "Raw" && decimal.TryParse(rawValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return new SampledReading(m, phase ?? string.Empty, location ?? "Outlet", context ?? "Sample.Periodic", u, f, rawValue, value, ToWh(m, u, value));
    }

    /// <summary>Total active power in W when this is Power.Active.Import without a phase.</summary>
    public long? TotalPowerW => Measurand == ActivePower && Phase.Length == 0 ? PowerW : null;

    /// <summary>This value as active power in W (any phase), or null.</summary>
    public long? PowerW => Measurand == ActivePower && Value is { } v ? ToWhole(Unit == "kW" ? v * 1000 : v) : null;

    public int? SocPercent => Measurand == StateOfCharge && Value is { } v && ToWhole(v) is { } soc && soc is >= int.MinValue and <= int.MaxValue ? (int)soc : null;

    /// <summary>
    /// Rounds to a whole number (half away from zero) — or null when it does not fit in 64 bits: a
    /// charger's absurd value must be stored as sent, never turn its message into an error it retries for ever.
    /// </summary>
    public static long? ToWhole(decimal value)
    {
        var rounded = Math.Round(value, MidpointRounding.AwayFromZero);
        return rounded is >= long.MinValue and <= long.MaxValue ? (long)rounded : null;
    }

    /// <summary>The energy register total (no phase, at the outlet) that billing uses.</summary>
    public bool IsBillingRegister => Measurand == EnergyRegister && Phase.Length == 0 && Location is "Outlet" or "Cable" or "EV";

    // OCPP 1.6 §7.31: Energy measurands default to Wh, power to W; others are unitless unless stated.
    private static string DefaultUnit(string measurand) => measurand switch
    {
        _ when measurand.StartsWith("Energy.Active", StringComparison.Ordinal) => "Wh",
        _ when measurand.StartsWith("Energy.Reactive", StringComparison.Ordinal) => "varh",
        _ when measurand.StartsWith("Power.Active", StringComparison.Ordinal) => "W",
        StateOfCharge => "Percent",
        _ => string.Empty,
    };

    private static long? ToWh(string measurand, string unit, decimal? value)
    {
        if (value is not { } v || !measurand.StartsWith("Energy.Active", StringComparison.Ordinal))
        {
            return null;
        }

        return unit switch
        {
            "Wh" => ToWhole(v),
            "kWh" when Math.Abs(v) < decimal.MaxValue / 1000 => ToWhole(v * 1000m),
            _ => null,
        };
    }
}
