using EvDashboard.Reports.Benchmark;

namespace EvDashboard.Tests.Web.Reports.Benchmark;

public sealed class ReportBenchmarkArgumentsTests
{
    [Fact]
    public void Parse_NoArguments_DefaultsToThirtyRunsAndThreeWarmups()
    {
        var arguments = ReportBenchmarkArguments.Parse([], out var error);

        Assert.Equal(new ReportBenchmarkArguments(30, 3), arguments);
        Assert.Empty(error);
    }

    [Fact]
    public void Parse_RunsAndWarmup_TakesBoth()
    {
        var arguments = ReportBenchmarkArguments.Parse(["--warmup", "0", "--runs", "100"], out _);

        Assert.Equal(new ReportBenchmarkArguments(100, 0), arguments);
    }

    [Theory]
    [InlineData("--runs")]
    [InlineData("--runs", "0")]
    [InlineData("--runs", "x")]
    [InlineData("--fast", "1")]
    [InlineData("--warmup", "101")]
    public void Parse_BadArguments_RefusesWithUsage(params string[] args)
    {
        var arguments = ReportBenchmarkArguments.Parse(args, out var error);

        Assert.Null(arguments);
        Assert.Contains(ReportBenchmarkArguments.Usage, error, StringComparison.Ordinal);
    }
}
