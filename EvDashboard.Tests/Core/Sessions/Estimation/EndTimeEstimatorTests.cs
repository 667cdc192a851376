using EvDashboard.Core.Sessions.Estimation;

namespace EvDashboard.Tests.Core.Sessions.Estimation;

public sealed class EndTimeEstimatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly DurationHistory TagOfFive = new(5, TimeSpan.FromHours(2));
    private static readonly DurationHistory StationOfFour = new(4, TimeSpan.FromMinutes(90));

    /// <summary>
    /// SoC samples are "from→to over minutes" (one sample a minute, ending now); energy samples follow the same
    /// minutes at <c>avgKw</c>; the expected end is minutes from now.
    /// </summary>
    [Theory]
    // AC 11 kW, 30 %/h: 40 → 92 % at full rate (104 min), 92 → 100 % tapering to half (22.2 min).
    [InlineData("AC below the knee", 30, 40, 20, 11_000, 11.0, 126.2)]
    // DC 150 kW, 100 %/h: 70 → 80 % (6 min), 80 → 100 % tapering to a quarter (22.2 min).
    [InlineData("DC below the knee", 60, 70, 6, 150_000, 150.0, 28.2)]
    // The same car, but the charger was just throttled to half: the rate now is half the trend.
    [InlineData("DC throttled to half", 60, 70, 6, 75_000, 150.0, 56.4)]
    // Already in the taper: the window's rate belongs to the latest SoC (90 %: factor 0.625), so the knee rate is 160 %/h.
    [InlineData("DC in the taper", 85, 90, 3, 100_000, 100.0, 9.16)]
    public void Estimate_SocTrend_EndsWhenTheTargetIsReached(string scenario, int fromSoc, int toSoc, int minutes, long powerW, double avgKw, double expectedMinutes)
    {
        var input = Input(Soc(fromSoc, toSoc, minutes), powerW, Energy(minutes, avgKw)) with { TargetSocPercent = 100 };

        var estimate = EndTimeEstimator.Estimate(input);

        Assert.True(estimate.Basis == EstimateBasis.SocTrend, scenario);
        Assert.InRange((estimate.EndsAt!.Value - Now).TotalMinutes, expectedMinutes - 0.5, expectedMinutes + 0.5);
    }

    [Theory]
    [InlineData(80, 12.0)]
    [InlineData(90, 19.5)]
    public void Estimate_LowerTarget_StopsThere(int target, double expectedMinutes)
    {
        // DC at 100 %/h from 60 %: 60 → 80 % takes 12 min; 80 → 90 % another 7.5 min as the rate falls.
        var input = Input(Soc(50, 60, 6), 150_000, Energy(6, 150)) with { TargetSocPercent = target };

        var estimate = EndTimeEstimator.Estimate(input);

        Assert.Equal((EstimateBasis.SocTrend, target), (estimate.Basis, estimate.TargetSocPercent));
        Assert.InRange((estimate.EndsAt!.Value - Now).TotalMinutes, expectedMinutes - 0.5, expectedMinutes + 0.5);
    }

    [Fact]
    public void Estimate_NoPowerReading_UsesTheTrendAsIs()
    {
        // 30 %/h with no power and no energy: the AC profile, no scaling: 40 → 92 % in 104 min + 22.2 min taper.
        var input = new EstimationInput(Now.AddHours(-1), Now, null, Soc(30, 40, 20), [], null, null);

        var estimate = EndTimeEstimator.Estimate(input);

        Assert.Equal(EstimateBasis.SocTrend, estimate.Basis);
        Assert.InRange((estimate.EndsAt!.Value - Now).TotalMinutes, 125.7, 126.7);
        Assert.Equal(30, estimate.SocRatePercentPerHour!.Value, precision: 1);
    }

    [Fact]
    public void Estimate_TargetReached_EndsNowFromTheTrend()
    {
        var estimate = EndTimeEstimator.Estimate(Input(Soc(96, 100, 5), 0, []));

        Assert.Equal((Now, EstimateBasis.SocTrend, 0d), (estimate.EndsAt!.Value, estimate.Basis, estimate.SocRatePercentPerHour!.Value));
    }

    [Theory]
    [InlineData("one sample", 50, 50, 0, 11_000)]
    [InlineData("rise below two points in 90 min", 50, 51, 80, 11_000)]
    [InlineData("too short a span", 50, 53, 2, 11_000)]
    [InlineData("EV draws nothing (suspended)", 30, 40, 20, 0)]
    [InlineData("so slow it would take more than a day", 10, 12, 85, 11_000)]
    public void Estimate_SocTrendUnusable_FallsBackToTheTagsAverage(string scenario, int fromSoc, int toSoc, int minutes, long powerW)
    {
        var input = Input(Soc(fromSoc, toSoc, minutes), powerW, []) with { TagHistory = TagOfFive, StationHistory = StationOfFour };

        var estimate = EndTimeEstimator.Estimate(input);

        Assert.True(estimate.Basis == EstimateBasis.TagAverage, scenario);
        Assert.Equal((Now.AddHours(-1).AddHours(2), 5), (estimate.EndsAt!.Value, estimate.SessionCount));
    }

    [Fact]
    public void Estimate_SlowRiseInLastHalfHour_UsesTheLongerWindow()
    {
        // 1 point in the last 30 min, 3 points over 90 min: 2 %/h is slow but usable (48 → 100 % in about a day is not).
        var points = Soc(60, 63, 88);

        var estimate = EndTimeEstimator.Estimate(Input(points, 3_700, []) with { TargetSocPercent = 64 });

        Assert.Equal(EstimateBasis.SocTrend, estimate.Basis);
        Assert.InRange(estimate.SocRatePercentPerHour!.Value, 1.9, 2.2);
    }

    [Theory]
    [InlineData(null, null, EstimateBasis.NotEnoughData, 0)]
    [InlineData(5, null, EstimateBasis.TagAverage, 5)]
    [InlineData(2, 4, EstimateBasis.StationAverage, 4)]
    [InlineData(null, 3, EstimateBasis.StationAverage, 3)]
    [InlineData(2, 2, EstimateBasis.NotEnoughData, 0)]
    public void Estimate_NoSoc_UsesTagThenStationHistory(int? tagSessions, int? stationSessions, EstimateBasis expected, int expectedCount)
    {
        var input = new EstimationInput(
            Now.AddMinutes(-30), Now, 11_000, [], [],
            tagSessions is { } t ? new DurationHistory(t, TimeSpan.FromHours(2)) : null,
            stationSessions is { } s ? new DurationHistory(s, TimeSpan.FromMinutes(90)) : null);

        var estimate = EndTimeEstimator.Estimate(input);

        Assert.Equal((expected, expectedCount), (estimate.Basis, estimate.SessionCount));
        var expectedEnd = expected switch
        {
            EstimateBasis.TagAverage => Now.AddMinutes(-30).AddHours(2),
            EstimateBasis.StationAverage => Now.AddMinutes(-30).AddMinutes(90),
            _ => (DateTimeOffset?)null,
        };
        Assert.Equal(expectedEnd, estimate.EndsAt);
    }

    [Fact]
    public void Estimate_AverageAlreadyPassed_EndsInThePast()
    {
        var input = new EstimationInput(Now.AddHours(-3), Now, 11_000, [], [], TagOfFive, null);

        var estimate = EndTimeEstimator.Estimate(input);

        Assert.Equal(Now.AddHours(-1), estimate.EndsAt);
    }

    [Theory]
    [InlineData(0, 80, 100, 0.8)]
    [InlineData(80, 100, 100, 0.3697)]
    [InlineData(90, 100, 100, 0.2443)]
    public void TaperProfileHours_DirectCurrent_ConstantThenFalling(double from, double to, double kneeRate, double expectedHours)
    {
        Assert.Equal(expectedHours, TaperProfile.DirectCurrent.Hours(from, to, kneeRate), precision: 3);
    }

    [Theory]
    [InlineData(50, 1)]
    [InlineData(80, 1)]
    [InlineData(90, 0.625)]
    [InlineData(100, 0.25)]
    public void TaperProfileFactor_DirectCurrent_QuarterAtFull(double soc, double expected)
    {
        Assert.Equal(expected, TaperProfile.DirectCurrent.Factor(soc), precision: 6);
    }

    private static EstimationInput Input(IReadOnlyList<SocPoint> soc, long? powerW, IReadOnlyList<EnergyPoint> energy) =>
        new(Now.AddHours(-1), Now, powerW, soc, energy, null, null);

    /// <summary>A sample at each whole percent from <paramref name="from"/> to <paramref name="to"/>, evenly over the minutes, the last one now.</summary>
    private static List<SocPoint> Soc(int from, int to, int minutes) =>
        to == from
            ? [new SocPoint(Now, from)]
            : Enumerable.Range(0, to - from + 1)
                .Select(i => new SocPoint(Now.AddMinutes(minutes * (i - (to - from)) / (double)(to - from)), from + i))
                .ToList();

    private static List<EnergyPoint> Energy(int minutes, double avgKw) =>
        Enumerable.Range(0, minutes + 1).Select(m => new EnergyPoint(Now.AddMinutes(m - minutes), 1_000_000 + (long)(avgKw * 1000 * m / 60))).ToList();
}
