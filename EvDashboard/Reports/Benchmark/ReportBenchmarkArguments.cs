using System.Globalization;

namespace EvDashboard.Reports.Benchmark;

/// <summary>Parses <c>reports-benchmark [--runs N] [--warmup N]</c>.</summary>
internal sealed record ReportBenchmarkArguments(int Runs, int Warmup)
{
    public const string Usage = "Usage: reports-benchmark [--runs N (1-1000, default 30)] [--warmup N (0-100, default 3)]";

    public static ReportBenchmarkArguments? Parse(IReadOnlyList<string> args, out string error)
    {
        var runs = 30;
        var warmup = 3;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (args[i] is not ("--runs" or "--warmup") || i + 1 >= args.Count
                || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                error = $"Cannot read '{string.Join(' ', args)}'. {Usage}";
                return null;
            }

            if (args[i] == "--runs")
            {
                runs = value;
            }
            else
            {
                warmup = value;
            }
        }

        if (runs is < 1 or > 1000 || warmup > 100)
        {
            error = $"--runs must be 1-1000 and --warmup 0-100. {Usage}";
            return null;
        }

        error = string.Empty;
        return new ReportBenchmarkArguments(runs, warmup);
    }
}
