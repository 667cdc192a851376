using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;
using static EvDashboard.Tests.Core.Tariffs.Calculation.TariffFixtures;

namespace EvDashboard.Tests.Core.Tariffs.Calculation;

/// <summary>Time-of-day and day-of-week bands, over midnight and over both DST changes in Europe/Berlin, and kWh ranges.</summary>
public sealed class TariffCalculatorBandTests
{
    private static readonly PriceRestriction Night = Band("22:00", "07:00");

    [Theory]
    // Berlin 21:00–23:00 CEST, 22 kWh evenly: 11 kWh before 22:00 × 0.50 = 5.50, 11 kWh after × 0.30 = 3.30.
    [InlineData(2, 22_000, 0, 0, 11_000, 11_000, 330, 550)]
    // A reading at 21:30 (4 kWh): 22:00 lies a third of the way to 23:00 (22 kWh): 4 + 18 × 30/90 = 10 kWh by day
    // × 0.50 = 5.00; 12 kWh at night × 0.30 = 3.60.
    [InlineData(2, 22_000, 30, 4_000, 12_000, 10_000, 360, 500)]
    // 1 kWh over 21:00–24:00, the edge after 1 h: 333.3 Wh floors to 333 by day (× 0.50 = 16.65 ct → 17), and the
    // night gets 667 (× 0.30 = 20.01 ct → 20), so the pieces add up to 1,000 Wh.
    [InlineData(3, 1_000, 0, 0, 667, 333, 20, 17)]
    public void Calculate_EnergyOverABandEdge_SplitsLinearly(int hours, long endWh, int readingMinute, long readingWh, long nightWh, long dayWh, long nightMinor, long dayMinor)
    {
        var tariff = Eur() with { Energy = [Price("0.30", Night), Price("0.50")] };
        var start = Utc("2026-06-03T19:00Z"); // 21:00 CEST
        (double, long)[] readings = readingMinute > 0 ? [(readingMinute, readingWh)] : [];

        var breakdown = Price(tariff, WithReadings(start, start.AddHours(hours), endWh, readings));

        Assert.Equal([(nightWh / 1000m, nightMinor), (dayWh / 1000m, dayMinor)], Amounts(breakdown, CostComponent.Energy));
        Assert.Equal(["22:00–07:00", null], breakdown.Lines.Select(l => l.Band));
    }

    [Fact]
    public void Calculate_ChargingTimeOverABandEdge_SplitsAtTheEdge()
    {
        // 21:30–22:45 CEST: 30 min by day × 2.40/h = 1.20; 45 min at night × 1.20/h = 0.90.
        var tariff = Eur() with { ChargingTime = [Price("2.40", Band("07:00", "22:00")), Price("1.20")] };
        var start = Utc("2026-06-03T19:30Z");

        var breakdown = Price(tariff, Linear(start, start.AddMinutes(75), 5_000));

        Assert.Equal([(0.5m, 120L), (0.75m, 90L)], Amounts(breakdown, CostComponent.ChargingTime));
        Assert.Equal(["07:00–22:00", null], breakdown.Lines.Select(l => l.Band));
    }

    [Theory]
    // Fri 23:00 → Sat 01:00 CEST, 10 kWh evenly: Friday's 5 kWh × 0.45 = 2.25; Saturday's 5 kWh at the weekend price 0.25 = 1.25.
    [InlineData(false, 125, 225)]
    // A Friday-only band 22:00–06:00 covers Friday 23:00–24:00 only: 5 kWh × 0.20 = 1.00; Saturday 00–01 × 0.40 = 2.00.
    [InlineData(true, 100, 200)]
    public void Calculate_OverMidnight_DayLimitedBandChangesAtMidnight(bool fridayNight, long bandMinor, long otherMinor)
    {
        var tariff = Eur() with
        {
            Energy = fridayNight
                ? [Price("0.20", Band("22:00", "06:00", DayOfWeek.Friday)), Price("0.40")]
                : [Price("0.25", new PriceRestriction(Days: [DayOfWeek.Saturday, DayOfWeek.Sunday])), Price("0.45")],
        };
        var start = Utc("2026-06-05T21:00Z"); // Friday 23:00 CEST

        var breakdown = Price(tariff, Linear(start, start.AddHours(2), 10_000));

        Assert.Equal([(5m, bandMinor), (5m, otherMinor)], Amounts(breakdown, CostComponent.Energy));
        Assert.Equal(fridayNight ? "Fri 22:00–06:00" : "Sat, Sun", breakdown.Lines[0].Band);
    }

    [Theory]
    // Autumn, 25 Oct 2026: Sat 22:00 CEST (20:00Z) → Sun 08:00 CET (07:00Z) = 11 h. 00:00 CEST (22:00Z) → 06:00 CET
    // (05:00Z) is 7 real hours × 1.00 = 7.00; the other 4 h × 2.00 = 8.00.
    [InlineData("2026-10-24T20:00Z", 11, "00:00", "06:00", 7, 700, 4, 800)]
    // Spring, 29 Mar 2026: Sat 22:00 CET (21:00Z) → Sun 08:00 CEST (06:00Z) = 9 h; 00:00 CET (23:00Z) → 06:00 CEST
    // (04:00Z) is only 5 real hours × 1.00; the other 4 h × 2.00.
    [InlineData("2026-03-28T21:00Z", 9, "00:00", "06:00", 5, 500, 4, 800)]
    // Spring, a band starting in the gap: 02:30 does not exist, so the band starts when the clocks jump (03:00 CEST,
    // 01:00Z) and ends at 05:00 CEST (03:00Z): 2 h × 1.00; the other 4 of 00:00Z–06:00Z × 2.00.
    [InlineData("2026-03-29T00:00Z", 6, "02:30", "05:00", 2, 200, 4, 800)]
    // Autumn, a band inside the repeated hour: 01:00–02:30 CEST (23:00Z–00:30Z), then again 02:00–02:30 CET
    // (01:00Z–01:30Z) once the clocks go back: 2 h × 1.00; the other 4 of 22:00Z–04:00Z × 2.00.
    [InlineData("2026-10-24T22:00Z", 6, "01:00", "02:30", 2, 200, 4, 800)]
    public void Calculate_ChargingTimeOverDst_BandsFollowTheWallClock(string startUtc, int hours, string from, string to, int bandHours, long bandMinor, int otherHours, long otherMinor)
    {
        var tariff = Eur() with { ChargingTime = [Price("1.00", Band(from, to)), Price("2.00")] };
        var start = Utc(startUtc);

        var breakdown = Price(tariff, Linear(start, start.AddHours(hours), 10_000));

        Assert.Equal([((decimal)bandHours, bandMinor), ((decimal)otherHours, otherMinor)], Amounts(breakdown, CostComponent.ChargingTime));
    }

    [Theory]
    // Autumn: 11 h at 1 kWh/h; 00:00–06:00 lasts 7 h → 7 kWh × 0.20 = 1.40; 4 kWh × 0.40 = 1.60.
    [InlineData("2026-10-24T20:00Z", 11, 7_000, 140, 4_000, 160)]
    // Spring: 9 h at 1 kWh/h; 00:00–06:00 lasts 5 h → 5 kWh × 0.20 = 1.00; 4 kWh × 0.40 = 1.60.
    [InlineData("2026-03-28T21:00Z", 9, 5_000, 100, 4_000, 160)]
    public void Calculate_EnergyOverDst_SplitByRealHours(string startUtc, int hours, long bandWh, long bandMinor, long otherWh, long otherMinor)
    {
        var tariff = Eur() with { Energy = [Price("0.20", Band("00:00", "06:00")), Price("0.40")] };
        var start = Utc(startUtc);

        var breakdown = Price(tariff, Linear(start, start.AddHours(hours), hours * 1_000L));

        Assert.Equal([(bandWh / 1000m, bandMinor), (otherWh / 1000m, otherMinor)], Amounts(breakdown, CostComponent.Energy));
    }

    [Fact]
    public void Calculate_KwhRanges_FirstTwentyAtOnePriceTheRestAtAnother()
    {
        // 30 kWh: the first 20 × 0.30 = 6.00, the other 10 × 0.50 = 5.00.
        var tariff = Eur() with
        {
            Energy = [Price("0.30", new PriceRestriction(MaxEnergyWh: 20_000)), Price("0.50", new PriceRestriction(MinEnergyWh: 20_000))],
        };

        var breakdown = Price(tariff, Linear(Noon, Noon.AddHours(3), 30_000));

        Assert.Equal([(20m, 600L), (10m, 500L)], Amounts(breakdown, CostComponent.Energy));
        Assert.Equal(["up to 20 kWh", "from 20 kWh"], breakdown.Lines.Select(l => l.Band));
    }

    [Fact]
    public void Calculate_KwhRangeAndBand_EachPieceGoesToTheFirstEntryThatHoldsIt()
    {
        // 18:00–23:00 CEST at 10 kWh/h. 0–20 kWh (18:00–20:00): "up to 20 kWh" × 0.30 = 6.00. 20–40 kWh (20:00–22:00):
        // not night, past 20 kWh → the catch-all × 0.50 = 10.00. 40–50 kWh (22:00–23:00): night × 0.20 = 2.00.
        var tariff = Eur() with
        {
            Energy = [Price("0.30", new PriceRestriction(MaxEnergyWh: 20_000)), Price("0.20", Night), Price("0.50")],
        };
        var start = Utc("2026-06-03T16:00Z");

        var breakdown = Price(tariff, Linear(start, start.AddHours(5), 50_000));

        Assert.Equal([(20m, 600L), (10m, 200L), (20m, 1000L)], Amounts(breakdown, CostComponent.Energy));
        Assert.Equal(1800, breakdown.NetMinor);
    }

    [Fact]
    public void Calculate_NoEntryMatches_ThatEnergyIsFree()
    {
        // Only the night is priced: 21:00–23:00 CEST, 22 kWh evenly → 11 kWh at night × 0.30 = 3.30; the day's 11 kWh are free.
        var tariff = Eur() with { Energy = [Price("0.30", Night)] };
        var start = Utc("2026-06-03T19:00Z");

        var breakdown = Price(tariff, Linear(start, start.AddHours(2), 22_000));

        Assert.Equal([(11m, 330L)], Amounts(breakdown, CostComponent.Energy));
    }

    [Theory]
    // Started 06:59 CEST: the night fee 0.20; started 07:00: the day fee 1.00 (first matching entry at the start).
    [InlineData("2026-06-03T04:59Z", 20)]
    [InlineData("2026-06-03T05:00Z", 100)]
    public void Calculate_StartFeeWithBands_TheEntryMatchingTheStart(string startUtc, long expectedMinor)
    {
        var tariff = Eur() with { StartFees = [Price("0.20", Night), Price("1.00")] };
        var start = Utc(startUtc);

        var breakdown = Price(tariff, Linear(start, start.AddHours(1), 1_000));

        Assert.Equal(expectedMinor, Assert.Single(breakdown.Lines).AmountMinor);
    }
}
