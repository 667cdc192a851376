using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;

namespace EvDashboard.Tests.Core.Sessions.Queries;

public sealed class SessionCurveTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private long _id;

    [Fact]
    public void Points_EnergyFromMeterStartTotalPowerAndSoc()
    {
        var curve = new SessionCurve(meterStartWh: 5_000);

        curve.Add([Register(0, 5_000), Power(0, "11.04", "kW"), Soc(0, 40), Register(5, 5_920), Power(5, "11040", "W"), Soc(5, 42)]);

        Assert.Equal(
            [new SessionCurvePoint(T0, 0, 11_040, 40), new SessionCurvePoint(T0.AddMinutes(5), 920, 11_040, 42)],
            curve.Points);
        Assert.True(curve.HasSoc);
        Assert.False(curve.PowerDerived);
        Assert.Equal(6, curve.LastSampleId);
    }

    [Fact]
    public void Points_OnlyPhasePowers_SummedPerLine()
    {
        var curve = new SessionCurve(0);

        curve.Add([Register(0, 100), Power(0, "3680", "W", "L1-N"), Power(0, "3680", "W", "L2-N"), Power(0, "3.68", "kW", "L3"), Power(0, "400", "W", "L1-L2")]);

        Assert.Equal(11_040, Assert.Single(curve.Points).PowerW);
    }

    [Fact]
    public void Points_NoPowerMeasurand_PowerDerivedFromTheRegister()
    {
        var curve = new SessionCurve(0);

        curve.Add([Register(0, 0), Register(10, 1_840), Register(20, 1_840)]);

        Assert.Equal([null, 11_040L, 0L], curve.Points.Select(p => p.PowerW));
        Assert.True(curve.PowerDerived);
    }

    [Fact]
    public void Add_LateSample_FallsIntoPlaceByTimestamp()
    {
        var curve = new SessionCurve(0);
        curve.Add([Register(0, 0), Register(10, 2_000)]);
        var before = curve.Points;

        curve.Add([Register(5, 1_000)]);

        Assert.NotSame(before, curve.Points);
        Assert.Equal([0L, 1_000L, 2_000L], curve.Points.Select(p => p.EnergyWh));
        Assert.Equal(3, curve.LastSampleId);
    }

    [Fact]
    public void Points_LongSession_ThinnedWithPowerAveraged()
    {
        var curve = new SessionCurve(0, maxPoints: 100);
        var samples = Enumerable.Range(0, 1_000).SelectMany(m => new[] { Register(m, m * 100L), Power(m, m % 2 == 0 ? "5000" : "7000", "W") }).ToList();

        curve.Add(samples);

        Assert.Equal(100, curve.Points.Count);
        Assert.All(curve.Points, p => Assert.Equal(6_000, p.PowerW));
        Assert.Equal((T0.AddMinutes(999), 99_900L), (curve.Points[^1].Timestamp, curve.Points[^1].EnergyWh!.Value));
    }

    [Fact]
    public void Points_CableRegister_YieldsToTheOutletOne()
    {
        var curve = new SessionCurve(0);

        curve.Add([Register(0, 990, "Cable"), Register(0, 1_000, "Outlet"), Register(0, 1_010, "EV")]);

        Assert.Equal(1_000, Assert.Single(curve.Points).EnergyWh);
    }

    private CurveSample Register(int minute, long wh, string location = "Outlet") =>
        new(++_id, T0.AddMinutes(minute), SampledReading.EnergyRegister, string.Empty, location, "Wh", wh, wh);

    private CurveSample Power(int minute, string value, string unit, string phase = "") =>
        new(++_id, T0.AddMinutes(minute), SampledReading.ActivePower, phase, "Outlet", unit, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), null);

    private CurveSample Soc(int minute, int percent) =>
        new(++_id, T0.AddMinutes(minute), SampledReading.StateOfCharge, string.Empty, "EV", "Percent", percent, null);
}
