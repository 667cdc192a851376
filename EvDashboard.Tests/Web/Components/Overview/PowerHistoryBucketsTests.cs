using EvDashboard.Core.Live;

namespace EvDashboard.Tests.Web.Components.Overview;

/// <summary>The power chart's buckets: energy is spread over time exactly, averages are energy over duration.</summary>
public sealed class PowerHistoryBucketsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Bucket = TimeSpan.FromMinutes(5);

    [Fact]
    public void Add_IntervalAcrossThreeBuckets_SplitsByTimeAndKeepsEveryWattHour()
    {
        var buckets = new PowerHistoryBuckets(Bucket, 4);

        // 1,001 Wh over 12:02:30–12:12:30: a quarter, a half, a quarter (rounding carried forward).
        buckets.Add(T0.AddMinutes(2.5), T0.AddMinutes(12.5), 1_001, keepFrom: T0);

        var points = buckets.Points(T0.AddMinutes(20));
        Assert.Equal([T0, T0.AddMinutes(5), T0.AddMinutes(10), T0.AddMinutes(15)], points.Select(p => p.Start));
        // 250 Wh, 500 Wh and 251 Wh in 5 minutes each: × 12 for the average in W.
        Assert.Equal([3_000L, 6_000L, 3_012L, 0L], points.Select(p => p.AverageW));
    }

    [Fact]
    public void Points_OneKilowattHourInFiveMinutes_IsTwelveKilowatts()
    {
        var buckets = new PowerHistoryBuckets(Bucket, 2);

        buckets.Add(T0, T0.AddMinutes(5), 1_000, keepFrom: T0);

        Assert.Equal(12_000, buckets.Points(T0.AddMinutes(10))[0].AverageW);
    }

    [Fact]
    public void Add_EnergyBeforeTheWindow_IsDropped()
    {
        var buckets = new PowerHistoryBuckets(Bucket, 2);

        buckets.Add(T0.AddMinutes(-10), T0.AddMinutes(5), 3_000, keepFrom: T0);

        var points = buckets.Points(T0.AddMinutes(10));
        Assert.Equal(12_000, points[0].AverageW);
        Assert.Equal(0, points[1].AverageW);
    }

    [Fact]
    public void Registers_ReplayedAndLateReadings_AddNothing()
    {
        var buckets = new PowerHistoryBuckets(Bucket, 2);
        var registers = new PowerHistoryRegisters();

        registers.Apply([new(1, T0, 10_000), new(1, T0.AddMinutes(5), 11_000)], buckets, T0);
        registers.Apply([new(1, T0.AddMinutes(5), 11_000), new(1, T0.AddMinutes(2), 10_400)], buckets, T0);

        Assert.Equal(12_000, buckets.Points(T0.AddMinutes(10))[0].AverageW);
    }

    [Fact]
    public void Registers_ImplausibleJump_IsIgnoredAndCountingGoesOnFromIt()
    {
        var buckets = new PowerHistoryBuckets(Bucket, 2);
        var registers = new PowerHistoryRegisters();

        // 50 MWh in a minute is a glitch, not charging; the next minute's 100 Wh is real.
        registers.Apply([new(1, T0, 1_000), new(1, T0.AddMinutes(1), 50_001_000), new(1, T0.AddMinutes(2), 50_001_100)], buckets, T0);

        Assert.Equal(1_200, buckets.Points(T0.AddMinutes(10))[0].AverageW);
    }
}
