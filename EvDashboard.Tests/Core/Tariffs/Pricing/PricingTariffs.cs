using EvDashboard.Core.Tariffs;

namespace EvDashboard.Tests.Core.Tariffs.Pricing;

/// <summary>Tariffs with round numbers, so every expected cost in the pricing tests can be worked out by hand.</summary>
internal static class PricingTariffs
{
    /// <summary>EUR, 20 % VAT: 1.00 per session and <paramref name="perKwh"/> per kWh, energy per Wh.</summary>
    public static TariffDefinition Energy(decimal perKwh = 0.30m) => new()
    {
        Currency = "EUR",
        VatRatePercent = 20m,
        StartFees = [new PriceComponent(1.00m)],
        Energy = [new PriceComponent(perKwh)],
    };

    /// <summary>EUR, no VAT, only an idle fee: 0.10 per started minute after a 30-minute grace period.</summary>
    public static TariffDefinition IdleOnly { get; } = new()
    {
        Currency = "EUR",
        Idle = [new PriceComponent(0.10m)],
        IdleGraceMinutes = 30,
        Steps = new TariffSteps(IdleSeconds: 60),
    };

    /// <summary>EUR, 20 % VAT: 0.40/kWh from 07:00 to 22:00 and 0.20/kWh at night (site time), energy per Wh.</summary>
    public static TariffDefinition DayAndNight { get; } = new()
    {
        Currency = "EUR",
        VatRatePercent = 20m,
        Energy =
        [
            new PriceComponent(0.40m, new PriceRestriction(StartTime: new TimeOnly(7, 0), EndTime: new TimeOnly(22, 0))),
            new PriceComponent(0.20m, new PriceRestriction(StartTime: new TimeOnly(22, 0), EndTime: new TimeOnly(7, 0))),
        ],
    };
}
