using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;
using static EvDashboard.Tests.Core.Tariffs.Calculation.TariffFixtures;

namespace EvDashboard.Tests.Core.Tariffs.Calculation;

/// <summary>Odd timelines: registers that run backwards, no readings, a stop before the start, unsorted and long inputs.</summary>
public sealed class TariffCalculatorTimelineTests
{
    // 21:15 CEST start: the 22:00 edge falls 45 minutes into the session.
    private static readonly DateTimeOffset Start = Utc("2026-06-03T19:15Z");

    private static readonly TariffDefinition DayNight = Eur() with { Energy = [Price("0.30", Band("22:00", "07:00")), Price("0.50")] };

    [Theory]
    // 5 kWh at 30 min, then 3 kWh at 45 (the register went back), 8 kWh at 60: the curve holds at 5 kWh, so the day
    // keeps 5 kWh × 0.50 = 2.50 and the night gets 3 kWh × 0.30 = 0.90 (not 3 and 5).
    [InlineData(30, 5_000, 45, 3_000, 5_000, 3_000, 90, 250)]
    // Below the start register (−0.5 kWh) counts as 0, above the end (9 kWh of 8) as 8: from 0 at 10 min to 8 kWh at
    // 50 min, 45 min is 7/8 of the way: 7 kWh × 0.50 = 3.50 by day, 1 kWh × 0.30 = 0.30 at night.
    [InlineData(10, -500, 50, 9_000, 7_000, 1_000, 30, 350)]
    public void Calculate_RegisterOutOfLine_NeverGivesEnergyBack(int firstMinute, long firstWh, int secondMinute, long secondWh, long dayWh, long nightWh, long nightMinor, long dayMinor)
    {
        var timeline = WithReadings(Start, Start.AddMinutes(75), 8_000, (firstMinute, firstWh), (secondMinute, secondWh), (60, 8_000));

        var breakdown = Price(DayNight, timeline);

        Assert.Equal([(nightWh / 1000m, nightMinor), (dayWh / 1000m, dayMinor)], Amounts(breakdown, CostComponent.Energy));
        Assert.Equal(8_000, breakdown.EnergyWh);
    }

    [Fact]
    public void Calculate_RegisterEndsBelowItsStart_NoEnergy()
    {
        var timeline = new SessionTimeline(Start, MeterStart, Start.AddHours(1), MeterStart - 100, [new(Start.AddMinutes(5), MeterStart + 50)], []);

        var breakdown = Price(DayNight, timeline);

        Assert.Equal((0L, 0L), (breakdown.EnergyWh, breakdown.NetMinor));
        Assert.Empty(breakdown.Lines);
    }

    [Fact]
    public void Calculate_EmptyTimeline_EnergySpreadEvenlyAndChargingThroughout()
    {
        // No readings, no statuses, 12:00–13:00: start 1.00 + 10 kWh × 0.30 = 3.00 + 1 h charging × 1.20 = 1.20; no idle
        // (the register reaches its end only at the end). Net 5.20.
        var tariff = Eur() with { StartFees = [Price("1.00")], Energy = [Price("0.30")], ChargingTime = [Price("1.20")], Idle = [Price("0.10")] };

        var breakdown = Price(tariff, Linear(Noon, Noon.AddHours(1), 10_000));

        Assert.Equal([100L, 300L, 120L], breakdown.Lines.Select(l => l.AmountMinor));
        Assert.Equal((520L, 3_600L, 0L), (breakdown.NetMinor, breakdown.ChargingSeconds, breakdown.IdleSeconds));
    }

    [Fact]
    public void Calculate_EndedBeforeStarted_ZeroDurationPricedAtTheStart()
    {
        // The stop is stamped 5 min before the start (a charger clock jump): no time, but the 2 kWh delivered are priced
        // at the start's band (12:00, day: 2 × 0.50 = 1.00) and the start fee (1.00) still applies.
        var tariff = DayNight with { StartFees = [Price("1.00")], ChargingTime = [Price("1.20")], Idle = [Price("0.10")] };
        var timeline = Linear(Noon, Noon.AddMinutes(-5), 2_000, Status(Noon, -10, ConnectorStatus.SuspendedEV));

        var breakdown = Price(tariff, timeline);

        Assert.Equal([(CostComponent.StartFee, 100L, (string?)null), (CostComponent.Energy, 100L, null)], breakdown.Lines.Select(l => (l.Component, l.AmountMinor, l.Band)));
        Assert.Equal((2_000L, 0L, 0L, 200L), (breakdown.EnergyWh, breakdown.ChargingSeconds, breakdown.IdleSeconds, breakdown.NetMinor));
    }

    [Fact]
    public void Calculate_UnsortedReadingsAndStatuses_SameAsSorted()
    {
        var tariff = DayNight with { ChargingTime = [Price("1.20", Band("22:00", "07:00")), Price("2.40")], Idle = [Price("0.10")] };
        EnergyReading[] readings = [new(Start.AddMinutes(20), MeterStart + 2_000), new(Start.AddMinutes(50), MeterStart + 6_000), new(Start.AddMinutes(70), MeterStart + 9_000)];
        StatusPoint[] statuses = [Status(Start, 0, ConnectorStatus.Charging), Status(Start, 70, ConnectorStatus.SuspendedEV), Status(Start, 80, ConnectorStatus.Finishing)];
        var sorted = new SessionTimeline(Start, MeterStart, Start.AddMinutes(100), MeterStart + 9_000, readings, statuses);
        var shuffled = sorted with { Readings = [readings[2], readings[0], readings[1]], Statuses = [statuses[1], statuses[2], statuses[0]] };

        var expected = Price(tariff, sorted);
        var actual = Price(tariff, shuffled);

        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal((expected.NetMinor, expected.ChargingSeconds, expected.IdleSeconds), (actual.NetMinor, actual.ChargingSeconds, actual.IdleSeconds));
    }

    [Fact]
    public void Calculate_FiveThousandReadings_PricesEveryWh()
    {
        // A reading a second for 5,000 s over the 22:00 edge, 1–4 Wh each: every Wh lands in exactly one band.
        var readings = new EnergyReading[5_000];
        var register = MeterStart;
        for (var i = 0; i < readings.Length; i++)
        {
            register += 1 + (i % 4);
            readings[i] = new EnergyReading(Start.AddSeconds(i + 1), register);
        }

        // Still rising at the end, so the whole session is charging time.
        var timeline = new SessionTimeline(Start, MeterStart, Start.AddSeconds(5_001), register + 3, readings, []);

        var breakdown = Price(DayNight with { ChargingTime = [Price("1.20", Band("22:00", "07:00")), Price("2.40")] }, timeline);

        Assert.Equal(register + 3 - MeterStart, Lines(breakdown, CostComponent.Energy).Sum(l => l.Quantity * 1000));
        Assert.Equal(breakdown.NetMinor, breakdown.Lines.Sum(l => l.AmountMinor));
        Assert.Equal(5_001, breakdown.ChargingSeconds);
    }
}
