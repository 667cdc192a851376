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
    public long? TotalPowerW =>
        Measurand == ActivePower && Phase.Length == 0 && Value is { } v ? Round(Unit == "kW" ? v * 1000 : v) : null;

    public int? SocPercent => Measurand == StateOfCharge && Value is { } v ? (int)Round(v) : null;

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
            "Wh" => Round(v),
            "kWh" => Round(v * 1000m),
            _ => null,
        };
    }

    private static long Round(decimal v) => (long)Math.Round(v, MidpointRounding.AwayFromZero);
}
