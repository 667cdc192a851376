using EvDashboard.Core.Tariffs;

namespace EvDashboard.Core.Seeding;

/// <summary>
/// The tariffs a seeded site gets when it has none: the product's typical public price ("Standard": a start fee, day
/// and night energy, an idle fee after 30 minutes, as the demo uses) on the whole site, and a cheaper price for fleet
/// drivers, assigned through their group so the resolver picks it for them.
/// </summary>
internal static class SeedTariffs
{
    public const string StandardName = "Standard";

    public const string FleetName = "Fleet";

    public static TariffDefinition Standard { get; } = new()
    {
        Currency = "EUR",
        VatRatePercent = 19m,
        StartFees = [new PriceComponent(0.50m)],
        Energy =
        [
            new PriceComponent(0.39m, new PriceRestriction(StartTime: new TimeOnly(7, 0), EndTime: new TimeOnly(22, 0))),
            new PriceComponent(0.29m, new PriceRestriction(StartTime: new TimeOnly(22, 0), EndTime: new TimeOnly(7, 0))),
        ],
        Idle = [new PriceComponent(0.10m)],
        IdleGraceMinutes = 30,
        IdleFeeCap = 12.00m,
        Steps = new TariffSteps(EnergyWh: 1, ChargingTimeSeconds: 60, IdleSeconds: 60),
    };

    public static TariffDefinition Fleet { get; } = new()
    {
        Currency = "EUR",
        VatRatePercent = 19m,
        Energy =
        [
            new PriceComponent(0.32m, new PriceRestriction(Days: [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday])),
            new PriceComponent(0.27m),
        ],
        Idle = [new PriceComponent(0.05m)],
        IdleGraceMinutes = 60,
        IdleFeeCap = 6.00m,
        MinimumPrice = 1.00m,
        Steps = new TariffSteps(EnergyWh: 1, ChargingTimeSeconds: 60, IdleSeconds: 60),
    };
}
