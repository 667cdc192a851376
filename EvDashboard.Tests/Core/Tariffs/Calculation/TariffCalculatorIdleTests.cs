using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs.Calculation;
using static EvDashboard.Tests.Core.Tariffs.Calculation.TariffFixtures;

namespace EvDashboard.Tests.Core.Tariffs.Calculation;

/// <summary>When charging ends and idle begins (by status or by a flat register), the grace period and the cap.</summary>
public sealed class TariffCalculatorIdleTests
{
    [Theory]
    // Charging ends at 60 min; 10 min grace. Unplugged at 65: 5 min idle, all within the grace, no line.
    [InlineData(65, 300, 0, 0, 0)]
    // Unplugged at 100: 40 min idle, 30 charged × 0.10 = 3.00.
    [InlineData(100, 2_400, 30, 300, 300)]
    // Unplugged at 200: 140 min idle, 130 charged × 0.10 = 13.00, capped at 5.00 by a −8.00 line.
    [InlineData(200, 8_400, 130, 1_300, 500)]
    // Around the cap: 49 charged min = 4.90 stays under; 50 min = 5.00 is the cap itself, no cap line; 51 min = 5.10
    // is capped by −0.10.
    [InlineData(119, 3_540, 49, 490, 490)]
    [InlineData(120, 3_600, 50, 500, 500)]
    [InlineData(121, 3_660, 51, 510, 500)]
    public void Calculate_IdleAfterGrace_ChargedAndCapped(int unplugMinute, long expectedIdleSeconds, int chargedMinutes, long idleMinor, long netMinor)
    {
        var tariff = Eur() with { Idle = [Price("0.10")], IdleGraceMinutes = 10, IdleFeeCap = 5.00m, Steps = new(IdleSeconds: 60) };
        var timeline = WithReadings(Noon, Noon.AddMinutes(unplugMinute), 10_000, (30, 5_000), (60, 10_000)) with
        {
            Statuses = [Status(Noon, 0, ConnectorStatus.Charging), Status(Noon, 60, ConnectorStatus.SuspendedEV)],
        };

        var breakdown = Price(tariff, timeline);

        (decimal, long)[] expectedIdle = chargedMinutes == 0 ? [] : [(chargedMinutes, idleMinor)];
        long[] expectedCap = idleMinor > 500 ? [500 - idleMinor] : [];
        Assert.Equal(expectedIdle, Amounts(breakdown, CostComponent.Idle));
        Assert.Equal(expectedCap, Lines(breakdown, CostComponent.IdleFeeCap).Select(l => l.AmountMinor));
        Assert.Equal((expectedIdleSeconds, 3_600L, netMinor), (breakdown.IdleSeconds, breakdown.ChargingSeconds, breakdown.NetMinor));
    }

    [Theory]
    // SuspendedEV at 60, the meter full at 60: idle from 60 to 90 = 30 min; charging 60 min.
    [InlineData(ConnectorStatus.SuspendedEV, 60, 60, 30, 60)]
    // Finishing ends a session the same way.
    [InlineData(ConnectorStatus.Finishing, 60, 60, 30, 60)]
    // SuspendedEV at 50 while the meter still climbs to 60: idle starts at 60, never before the last Wh. Charging time
    // is time in Charging: 0–50.
    [InlineData(ConnectorStatus.SuspendedEV, 50, 60, 30, 50)]
    // Status still Charging at the end, the register flat since 45: idle from 45 (the flat register), charging 0–45.
    [InlineData(ConnectorStatus.Charging, 50, 45, 45, 45)]
    public void Calculate_ChargingEnd_ByStatusOrFlatRegister(ConnectorStatus statusAt, int statusMinute, int fullMinute, int expectedIdleMinutes, int expectedChargingMinutes)
    {
        var tariff = Eur() with { Idle = [Price("0.10")] };
        var timeline = WithReadings(Noon, Noon.AddMinutes(90), 10_000, (fullMinute / 2d, 5_000), (fullMinute, 10_000)) with
        {
            Statuses = [Status(Noon, 0, ConnectorStatus.Charging), Status(Noon, statusMinute, statusAt)],
        };

        var breakdown = Price(tariff, timeline);

        Assert.Equal((expectedIdleMinutes * 60L, expectedChargingMinutes * 60L), (breakdown.IdleSeconds, breakdown.ChargingSeconds));
        Assert.Equal(expectedIdleMinutes * 10L, breakdown.NetMinor); // minutes × 0.10
    }

    [Fact]
    public void Calculate_SuspendedThenFinishing_IdleFromTheStartOfTheRun()
    {
        // Charging → SuspendedEV at 40 (meter full at 40) → Finishing at 50 → unplugged at 70: one run from 40, 30 min idle.
        var timeline = WithReadings(Noon, Noon.AddMinutes(70), 8_000, (40, 8_000)) with
        {
            Statuses = [Status(Noon, 0, ConnectorStatus.Charging), Status(Noon, 40, ConnectorStatus.SuspendedEV), Status(Noon, 50, ConnectorStatus.Finishing)],
        };

        var breakdown = Price(Eur() with { Idle = [Price("0.10")] }, timeline);

        Assert.Equal((1_800L, 2_400L, 300L), (breakdown.IdleSeconds, breakdown.ChargingSeconds, breakdown.NetMinor));
    }

    [Fact]
    public void Calculate_SuspendedEvThenChargingAgain_NotIdleWhileTheMeterRises()
    {
        // SuspendedEV 20–30 (a pause), Charging again from 30 to the end with the meter rising to the end: no idle;
        // charging time is 0–20 and 30–60 = 50 min × 1.20/h = 1.00.
        var timeline = Linear(Noon, Noon.AddMinutes(60), 10_000,
            Status(Noon, 0, ConnectorStatus.Charging), Status(Noon, 20, ConnectorStatus.SuspendedEV), Status(Noon, 30, ConnectorStatus.Charging));

        var breakdown = Price(Eur() with { ChargingTime = [Price("1.20")], Idle = [Price("0.10")] }, timeline);

        Assert.Equal((0L, 3_000L, 100L), (breakdown.IdleSeconds, breakdown.ChargingSeconds, breakdown.NetMinor));
    }

    [Fact]
    public void Calculate_NoEnergyDelivered_NeverIdle()
    {
        // Plugged in, the car never drew power (SuspendedEV throughout): idle needs delivered energy, so nothing is charged.
        var timeline = Linear(Noon, Noon.AddMinutes(60), 0, Status(Noon, -1, ConnectorStatus.SuspendedEV));

        var breakdown = Price(Eur() with { Idle = [Price("0.10")], ChargingTime = [Price("1.20")] }, timeline);

        Assert.Equal((0L, 0L, 0L), (breakdown.IdleSeconds, breakdown.ChargingSeconds, breakdown.NetMinor));
        Assert.Empty(breakdown.Lines);
    }

    [Fact]
    public void Calculate_IdlePerStartedMinute_RoundsUp()
    {
        // Idle 60 → 90 min 30 s: 30.5 min, billed per started minute = 31 × 0.10 = 3.10.
        var timeline = WithReadings(Noon, Noon.AddMinutes(90.5), 10_000, (60, 10_000));

        var breakdown = Price(Eur() with { Idle = [Price("0.10")], Steps = new(IdleSeconds: 60) }, timeline);

        Assert.Equal([(31m, 310L)], Amounts(breakdown, CostComponent.Idle));
        Assert.Equal(1_830, breakdown.IdleSeconds);
    }
}
