using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Sessions;

namespace EvDashboard.Tests.Core.Revenue.Rollups;

public sealed class SessionEnergyCurveTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 28, 22, 17, 31, TimeSpan.Zero);

    [Fact]
    public void Between_RegisterGoesBackwardsAndRepeats_HoursSumExactlyToEnergyAndNeverNegative()
    {
        var session = Session(SessionStatus.Completed, Start.AddHours(7.3), energyWh: 12_345);
        session.Readings.AddRange([
            (Start.AddMinutes(10), 1_003_000), (Start.AddMinutes(20), 1_001_000), (Start.AddMinutes(20), 1_004_500),
            (Start.AddHours(3), 1_020_000), (Start.AddHours(9), 1_050_000)]);
        var curve = SessionEnergyCurve.For(session);

        var hours = Enumerable.Range(-1, 10).Select(h => curve.Between(Start.AddHours(h), Start.AddHours(h + 1))).ToList();

        Assert.All(hours, e => Assert.True(e >= 0));
        Assert.Equal(12_345, hours.Sum());
        Assert.Equal(12_345, curve.At(Start.AddDays(1)));
        Assert.Equal(0, curve.At(Start));
    }

    [Fact]
    public void At_BetweenReadings_FlooredLinearInterpolation()
    {
        var session = Session(SessionStatus.Completed, Start.AddMinutes(30), energyWh: 1_000);
        session.Readings.Add((Start.AddMinutes(10), 1_000_100));
        var curve = SessionEnergyCurve.For(session);

        Assert.Equal(66, curve.At(Start.AddMinutes(10).AddSeconds(-200)));
        Assert.Equal(100, curve.At(Start.AddMinutes(10)));
        Assert.Equal(550, curve.At(Start.AddMinutes(20)));
    }

    [Fact]
    public void For_RunningSession_EndsAtNewestReadingWithItsEnergy()
    {
        var session = Session(SessionStatus.Active, endedAt: null, energyWh: 800) with { LastMeterAt = Start.AddMinutes(40) };
        session.Readings.Add((Start.AddMinutes(40), 1_000_800));
        var curve = SessionEnergyCurve.For(session);

        Assert.Equal(400, curve.At(Start.AddMinutes(20)));
        Assert.Equal(800, curve.At(Start.AddHours(5)));
    }

    [Fact]
    public void For_StoppedBeforeItStarted_AllEnergyAtTheStart()
    {
        var curve = SessionEnergyCurve.For(Session(SessionStatus.Completed, Start.AddMinutes(-5), energyWh: 250));

        Assert.Equal(0, curve.At(Start.AddTicks(-1)));
        Assert.Equal(250, curve.Between(Start, Start.AddSeconds(1)));
    }

    private static RollupSession Session(SessionStatus status, DateTimeOffset? endedAt, long energyWh) =>
        new(1, "CP", 1, status, Start, endedAt, 1_000_000, endedAt, energyWh, "EUR", 0, 0, 0, 0, "");
}
