using EvDashboard.Core.Tariffs;

namespace EvDashboard.Tests.Core.Tariffs;

/// <summary>Definitions shared by the catalogue tests.</summary>
internal static class TariffSamples
{
    /// <summary>1 EUR start, 0.39 EUR/kWh (0.29 at night), 0.1 EUR/min idle after 30 min capped at 10 EUR, 19 % VAT.</summary>
    public static TariffDefinition Standard { get; } = new()
    {
        Currency = "EUR",
        VatRatePercent = 19m,
        StartFees = [new PriceComponent(1m)],
        Energy =
        [
            new PriceComponent(0.29m, new PriceRestriction(StartTime: new TimeOnly(22, 0), EndTime: new TimeOnly(6, 0))),
            new PriceComponent(0.39m),
        ],
        Idle = [new PriceComponent(0.1m)],
        IdleGraceMinutes = 30,
        IdleFeeCap = 10m,
    };

    public static TariffDefinition EnergyOnly(decimal pricePerKwh, string currency = "EUR") => new()
    {
        Currency = currency,
        Energy = [new PriceComponent(pricePerKwh)],
    };
}
