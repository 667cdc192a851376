using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;
using static EvDashboard.Tests.Core.Tariffs.Calculation.TariffFixtures;

namespace EvDashboard.Tests.Core.Tariffs.Calculation;

/// <summary>The worked example of docs/TARIFFS.md, line by line, so the document cannot drift from the code.</summary>
public sealed class TariffCalculatorExampleTests
{
    [Fact]
    public void Calculate_DocumentedExample_MatchesTariffsMd()
    {
        var tariff = new TariffDefinition
        {
            Currency = "EUR",
            VatRatePercent = 19m,
            StartFees = [Price("0.50")],
            Energy = [Price("0.29625", Band("22:00", "07:00")), Price("0.4475")],
            ChargingTime = [Price("0.60", Band("07:00", "22:00", DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday))],
            Idle = [Price("0.10")],
            IdleGraceMinutes = 15,
            IdleFeeCap = 5.00m,
            MinimumPrice = 1.00m,
            Steps = new TariffSteps(EnergyWh: 1, ChargingTimeSeconds: 60, IdleSeconds: 60),
        };
        var start = Utc("2026-06-03T19:00Z"); // Wednesday 21:00 CEST
        var timeline = new SessionTimeline(
            start, 1_000_000, Utc("2026-06-03T21:30Z"), 1_030_000,
            [new(Utc("2026-06-03T19:30Z"), 1_009_000), new(Utc("2026-06-03T20:30Z"), 1_027_000), new(Utc("2026-06-03T20:40Z"), 1_030_000)],
            [new(Utc("2026-06-03T18:59Z"), ConnectorStatus.Charging), new(Utc("2026-06-03T20:40Z"), ConnectorStatus.SuspendedEV)]);

        var breakdown = TariffCalculator.Calculate(tariff, timeline, Berlin);

        Assert.Equal(
            [
                (CostComponent.StartFee, 1m, "session", 50L, (string?)null),
                (CostComponent.Energy, 12m, "kWh", 355L, "22:00–07:00"),
                (CostComponent.Energy, 18m, "kWh", 806L, null),
                (CostComponent.ChargingTime, 1m, "h", 60L, "Mon–Fri 07:00–22:00"),
                (CostComponent.Idle, 35m, "min", 350L, null),
            ],
            breakdown.Lines.Select(l => (l.Component, l.Quantity, l.Unit, l.AmountMinor, l.Band)));
        Assert.Equal((1621L, 308L, 1929L), (breakdown.NetMinor, breakdown.VatMinor, breakdown.TotalMinor));
        Assert.Equal((30_000L, 6_000L, 3_000L), (breakdown.EnergyWh, breakdown.ChargingSeconds, breakdown.IdleSeconds));
    }
}
