using EvDashboard.Reports.Benchmark;

namespace EvDashboard.Tests.Web.Reports.Benchmark;

public sealed class LatencySummaryTests
{
    [Fact]
    public void From_TwentyRuns_TakesNearestRankPercentiles()
    {
        var times = Enumerable.Range(1, 20).Select(i => (double)i).Reverse().ToList();

        var summary = LatencySummary.From(times, rows: 7);

        Assert.Equal(new LatencySummary(20, P50: 10, P95: 19, Max: 20, Rows: 7), summary);
    }

    [Fact]
    public void From_OneRun_IsThatRunForEveryPercentile()
    {
        var summary = LatencySummary.From([42.5], rows: 0);

        Assert.Equal(new LatencySummary(1, 42.5, 42.5, 42.5, 0), summary);
    }
}
