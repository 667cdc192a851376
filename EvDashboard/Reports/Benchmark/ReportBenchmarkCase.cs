namespace EvDashboard.Reports.Benchmark;

/// <summary>One timed operation: a report as a page or the API asks for it; <see cref="RunAsync"/> returns the rows it produced.</summary>
internal sealed record ReportBenchmarkCase(string Name, double GoalMilliseconds, Func<CancellationToken, Task<long>> RunAsync);
