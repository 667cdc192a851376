using System.Diagnostics;
using System.Globalization;
using EvDashboard.Core.Data;
using EvDashboard.Hosting;

namespace EvDashboard.Reports.Benchmark;

/// <summary>
/// <c>dotnet run --project EvDashboard -c Release -- reports-benchmark [--runs N] [--warmup N]</c>: times every report the
/// pages offer and a month's sessions CSV export on the app's own database (configuration as for the app), prints
/// p50/p95/max per case and whether each goal is met, and exits 3 when one is missed. Seed a history first
/// (<c>seed --sessions 1000000 --days 730</c>).
/// </summary>
public static class ReportBenchmarkCommand
{
    public const int GoalMissed = 3;

    public static async Task<bool> TryRunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != "reports-benchmark")
        {
            return false;
        }

        Environment.ExitCode = await RunAsync(args[1..], Console.Out, Console.Error, CancellationToken.None);
        return true;
    }

    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var arguments = ReportBenchmarkArguments.Parse(args, out var problem);
        if (arguments is null)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.AddEvDashboardServices();
        await using var app = builder.Build();
        await app.Services.MigrateDatabaseAsync(cancellationToken);
        var cases = ReportBenchmarkCases.Create(app.Services);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{"case",-44}{"runs",6}{"rows",9}{"p50 ms",10}{"p95 ms",10}{"max ms",10}  goal"));
        var missed = 0;
        foreach (var benchmarkCase in cases)
        {
            var summary = await MeasureAsync(benchmarkCase, arguments, cancellationToken);
            var met = summary.P95 < benchmarkCase.GoalMilliseconds;
            missed += met ? 0 : 1;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{benchmarkCase.Name,-44}{summary.Runs,6}{summary.Rows,9:N0}{summary.P50,10:F1}{summary.P95,10:F1}{summary.Max,10:F1}  p95 < {benchmarkCase.GoalMilliseconds:N0} ms: {(met ? "met" : "MISSED")}"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{cases.Count - missed} of {cases.Count} goals met."));
        return missed == 0 ? 0 : GoalMissed;
    }

    private static async Task<LatencySummary> MeasureAsync(ReportBenchmarkCase benchmarkCase, ReportBenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        for (var i = 0; i < arguments.Warmup; i++)
        {
            await benchmarkCase.RunAsync(cancellationToken);
        }

        var times = new List<double>(arguments.Runs);
        long rows = 0;
        for (var i = 0; i < arguments.Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            rows = await benchmarkCase.RunAsync(cancellationToken);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return LatencySummary.From(times, rows);
    }
}
