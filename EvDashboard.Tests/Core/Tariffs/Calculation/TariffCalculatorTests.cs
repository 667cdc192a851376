using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;
using static EvDashboard.Tests.Core.Tariffs.Calculation.TariffFixtures;

namespace EvDashboard.Tests.Core.Tariffs.Calculation;

/// <summary>Each component alone, the price limits, steps, VAT and the odd timelines (docs/TARIFFS.md).</summary>
public sealed class TariffCalculatorTests
{
    [Theory]
    [InlineData("1.50", 150)] // one session × 1.50 = 150 ct
    [InlineData("0.995", 100)] // 99.5 ct rounds half away from zero to 100
    [InlineData("0", 0)] // a free start is still shown as a line
    public void Calculate_StartFeeAlone_OneSessionAtTheFee(string fee, long expectedMinor)
    {
        var tariff = Eur() with { StartFees = [Price(fee)] };

        var breakdown = Price(tariff, Linear(Noon, Noon.AddHours(1), 5_000));

        var line = Assert.Single(breakdown.Lines);
        Assert.Equal((CostComponent.StartFee, "Start fee", 1m, "session", Dec(fee), expectedMinor), (line.Component, line.Description, line.Quantity, line.Unit, line.UnitPrice, line.AmountMinor));
        Assert.Equal(expectedMinor, breakdown.NetMinor);
    }

    [Theory]
    [InlineData("0.40", 12_345, "12.345", 494)] // 12.345 kWh × 0.40 = 4.938 → 494 ct
    [InlineData("0.3599", 1_000, "1", 36)] // 1 kWh × 0.3599 = 35.99 ct → 36
    [InlineData("0.50", 1, "0.001", 0)] // 0.001 kWh × 0.50 = 0.05 ct → 0, but the line is there
    public void Calculate_EnergyAlone_KwhTimesPrice(string price, long wh, string expectedKwh, long expectedMinor)
    {
        var tariff = Eur() with { Energy = [Price(price)] };

        var breakdown = Price(tariff, Linear(Noon, Noon.AddHours(2), wh));

        var line = Assert.Single(breakdown.Lines);
        Assert.Equal((CostComponent.Energy, "Energy", Dec(expectedKwh), "kWh", expectedMinor), (line.Component, line.Description, line.Quantity, line.Unit, line.AmountMinor));
        Assert.Equal((wh, expectedMinor), (breakdown.EnergyWh, breakdown.NetMinor));
    }

    [Theory]
    [InlineData("1.20", 90, "1.5", 180)] // 1.5 h × 1.20 = 1.80
    [InlineData("2.00", 45, "0.75", 150)] // 0.75 h × 2.00 = 1.50
    [InlineData("3.00", 20, null, 100)] // 1200 s × 3.00 / 3600 = 1.00 exactly, though 1/3 h is no finite decimal
    public void Calculate_ChargingTimeAlone_HoursTimesPrice(string pricePerHour, int minutes, string? expectedHours, long expectedMinor)
    {
        var tariff = Eur() with { ChargingTime = [Price(pricePerHour)] };

        var breakdown = Price(tariff, Linear(Noon, Noon.AddMinutes(minutes), 10_000));

        var line = Assert.Single(breakdown.Lines);
        Assert.Equal((CostComponent.ChargingTime, "Charging time", "h", expectedMinor), (line.Component, line.Description, line.Unit, line.AmountMinor));
        Assert.Equal(expectedHours is null ? minutes / 60m : Dec(expectedHours), line.Quantity);
        Assert.Equal(minutes * 60L, breakdown.ChargingSeconds);
    }

    [Theory]
    [InlineData("0.10", 30, 300)] // charging 60 min, SuspendedEV to 90: 30 min × 0.10 = 3.00
    [InlineData("0.25", 7, 175)] // 7 min × 0.25 = 1.75
    public void Calculate_IdleAlone_MinutesTimesPrice(string pricePerMinute, int idleMinutes, long expectedMinor)
    {
        var tariff = Eur() with { Idle = [Price(pricePerMinute)] };
        var timeline = WithReadings(Noon, Noon.AddMinutes(60 + idleMinutes), 10_000, (60, 10_000)) with
        {
            Statuses = [Status(Noon, 0, ConnectorStatus.Charging), Status(Noon, 60, ConnectorStatus.SuspendedEV)],
        };

        var breakdown = Price(tariff, timeline);

        var line = Assert.Single(breakdown.Lines);
        Assert.Equal((CostComponent.Idle, "Idle fee", (decimal)idleMinutes, "min", expectedMinor), (line.Component, line.Description, line.Quantity, line.Unit, line.AmountMinor));
        Assert.Equal((3600L, idleMinutes * 60L), (breakdown.ChargingSeconds, breakdown.IdleSeconds));
    }

    [Theory]
    [InlineData(1_000, 200, CostComponent.MinimumPrice, 160)] // 1 kWh × 0.40 = 0.40 < 2.00: +1.60
    [InlineData(30_000, 1_000, CostComponent.MaximumPrice, -500)] // 30 kWh × 0.50 = 15.00 > 10.00: −5.00
    public void Calculate_PriceLimits_HoldTheNetBetweenMinimumAndMaximum(long wh, long expectedNetMinor, CostComponent expectedLine, long expectedLineMinor)
    {
        var tariff = Eur() with { Energy = [Price(wh == 1_000 ? "0.40" : "0.50")], MinimumPrice = 2.00m, MaximumPrice = 10.00m };

        var breakdown = Price(tariff, Linear(Noon, Noon.AddHours(1), wh));

        var last = breakdown.Lines[^1];
        Assert.Equal((expectedLine, 1m, "session", expectedLineMinor), (last.Component, last.Quantity, last.Unit, last.AmountMinor));
        Assert.Equal(last.UnitPrice * 100, last.AmountMinor);
        Assert.Equal(expectedNetMinor, breakdown.NetMinor);
    }

    [Fact]
    public void Calculate_NetWithinLimits_HasNoAdjustment()
    {
        var tariff = Eur() with { Energy = [Price("0.50")], MinimumPrice = 2.00m, MaximumPrice = 10.00m };

        var breakdown = Price(tariff, Linear(Noon, Noon.AddHours(1), 10_000));

        Assert.Equal([CostComponent.Energy], breakdown.Lines.Select(l => l.Component));
        Assert.Equal(500, breakdown.NetMinor);
    }

    [Theory]
    [InlineData(61, 60, 120, "0.04")] // 61 s per started minute: 2 min = 1/30 h × 1.20 = 0.04
    [InlineData(60, 60, 60, "0.02")] // exactly one minute stays one minute
    [InlineData(61, 1, 61, "0.0203333333333333333333333333")] // per second: 61 s
    public void Calculate_ChargingTimeStep_RoundsUpToStartedSteps(int seconds, int step, long expectedSeconds, string expectedExact)
    {
        var tariff = Eur() with { ChargingTime = [Price("1.20")], Steps = new TariffSteps(ChargingTimeSeconds: step) };

        var breakdown = Price(tariff, Linear(Noon, Noon.AddSeconds(seconds), 100));

        var line = Assert.Single(breakdown.Lines);
        Assert.Equal(expectedSeconds / 3600m, line.Quantity);
        Assert.Equal(Math.Round(Dec(expectedExact) * 100, MidpointRounding.AwayFromZero), line.AmountMinor);
        Assert.Equal(seconds, breakdown.ChargingSeconds);
    }

    [Theory]
    [InlineData(1_234, 100, "1.3", 52)] // 1,234 Wh per 100 Wh → 1,300 Wh × 0.40 = 0.52
    [InlineData(1_200, 100, "1.2", 48)] // already whole steps: 1.2 kWh × 0.40 = 0.48
    [InlineData(1_234, 1, "1.234", 49)] // per Wh: 1.234 × 0.40 = 0.4936 → 49
    public void Calculate_EnergyStep_RoundsUpToWholeSteps(long wh, long step, string expectedKwh, long expectedMinor)
    {
        var tariff = Eur() with { Energy = [Price("0.40")], Steps = new TariffSteps(EnergyWh: step) };

        var breakdown = Price(tariff, Linear(Noon, Noon.AddHours(1), wh));

        Assert.Equal([(Dec(expectedKwh), expectedMinor)], Amounts(breakdown, CostComponent.Energy));
        Assert.Equal(wh, breakdown.EnergyWh);
    }

    [Theory]
    [InlineData("EUR", "0.50", 19, 50, 10, 60)] // 50 ct × 19 % = 9.5 ct → 10
    [InlineData("EUR", "0.30", 19, 30, 6, 36)] // 30 ct × 19 % = 5.7 ct → 6
    [InlineData("EUR", "0.50", 7, 50, 4, 54)] // 50 ct × 7 % = 3.5 ct → 4
    [InlineData("JPY", "45", 10, 45, 5, 50)] // 45 yen × 10 % = 4.5 yen → 5 (no minor digits)
    [InlineData("JPY", "37.5", 10, 38, 4, 42)] // 37.5 yen → 38 net; 3.8 → 4 VAT
    [InlineData("KWD", "1.2345", 5, 1235, 62, 1297)] // 1.2345 KWD → 1235 fils (3 digits, half up); 61.75 → 62
    public void Calculate_Vat_RoundedOnceOnTheStatedNet(string currency, string fee, int vatPercent, long expectedNet, long expectedVat, long expectedTotal)
    {
        var tariff = Eur(vatPercent) with { Currency = currency, StartFees = [Price(fee)] };

        var breakdown = Price(tariff, Linear(Noon, Noon.AddHours(1), 1_000));

        Assert.Equal((currency, expectedNet, (decimal)vatPercent, expectedVat, expectedTotal), (breakdown.Currency, breakdown.NetMinor, breakdown.VatRatePercent, breakdown.VatMinor, breakdown.TotalMinor));
        Assert.Equal(expectedNet, Assert.Single(breakdown.Lines).AmountMinor);
    }

    [Fact]
    public void Calculate_JpyEnergy_RoundsToWholeYen()
    {
        // 1.25 kWh × 30 yen = 37.5 yen → 38; VAT 10 % of 38 = 3.8 → 4; total 42.
        var tariff = Eur(10) with { Currency = "JPY", Energy = [Price("30")] };

        var breakdown = Price(tariff, Linear(Noon, Noon.AddHours(1), 1_250));

        Assert.Equal((38L, 4L, 42L), (breakdown.NetMinor, breakdown.VatMinor, breakdown.TotalMinor));
    }

    [Fact]
    public void Calculate_AllComponents_InTheDocumentedOrder()
    {
        // Start 0.50; 10 kWh × 0.30 = 3.00; 1 h × 1.20 = 1.20; idle 20 min after 5 min grace = 15 min × 0.10 = 1.50,
        // capped at 1.00 (−0.50); net 5.70 < minimum 6.00 → +0.30. Net 6.00, VAT 19 % = 1.14.
        var tariff = Eur(19) with
        {
            StartFees = [Price("0.50")], Energy = [Price("0.30")], ChargingTime = [Price("1.20")], Idle = [Price("0.10")],
            IdleGraceMinutes = 5, IdleFeeCap = 1.00m, MinimumPrice = 6.00m,
        };
        var timeline = WithReadings(Noon, Noon.AddMinutes(80), 10_000, (30, 5_000), (60, 10_000));

        var breakdown = Price(tariff, timeline);

        Assert.Equal(
            [(CostComponent.StartFee, 50L), (CostComponent.Energy, 300L), (CostComponent.ChargingTime, 120L), (CostComponent.Idle, 150L), (CostComponent.IdleFeeCap, -50L), (CostComponent.MinimumPrice, 30L)],
            breakdown.Lines.Select(l => (l.Component, l.AmountMinor)));
        Assert.Equal((600L, 114L, 714L, 3600L, 1200L), (breakdown.NetMinor, breakdown.VatMinor, breakdown.TotalMinor, breakdown.ChargingSeconds, breakdown.IdleSeconds));
    }
}
