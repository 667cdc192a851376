namespace EvDashboard.Bench;

/// <summary>The figures of one run, summed over all charge points.</summary>
internal sealed record BenchReport(
    string Scenario,
    int ChargePoints,
    double Rate,
    int Connected,
    TimeSpan ConnectTime,
    TimeSpan Warmup,
    TimeSpan Window,
    IReadOnlyList<ActionFigures> Actions,
    ActionFigures Total,
    long CallErrors,
    long Timeouts,
    long ConnectionFailures,
    long ProtocolErrors,
    long ServerCalls,
    long SamplesAcked,
    long SamplesAckedInWindow,
    double GeneratorCpuPercent,
    IReadOnlyList<string> ErrorExamples)
{
    /// <summary>What the run cost the server, when <c>--server-pid</c> was given.</summary>
    public ServerFigures? Server { get; init; }

    /// <summary>Per charge point, from starting to connect until connected, booted and prepared.</summary>
    public ActionFigures? Ready { get; init; }

    public int ReadyCount { get; init; }

    private const int MaxErrorExamples = 5;

    public long Errors => CallErrors + Timeouts + ConnectionFailures + ProtocolErrors;

    public double SamplesPerSecond => Window > TimeSpan.Zero ? SamplesAckedInWindow / Window.TotalSeconds : 0;

    public ActionFigures? For(OcppAction action) => Actions.FirstOrDefault(a => a.Action == OcppActions.Name(action));

    public static BenchReport Create(BenchOptions options, IReadOnlyList<ChargePointStats> stats, MeasurementWindow window, TimeSpan connectTime, double generatorCpuPercent)
    {
        var length = window.Length > TimeSpan.Zero ? window.Length : TimeSpan.Zero;
        var actions = new List<ActionFigures>();
        var all = new List<long[]>();
        foreach (var action in Enum.GetValues<OcppAction>())
        {
            var latencies = Collect(stats, action);
            if (latencies.Length == 0)
                continue;
            all.Add(latencies);
            actions.Add(ActionFigures.From(OcppActions.Name(action), (long[])latencies.Clone(), length));
        }

        return new BenchReport(
            options.Scenario.Name,
            options.ChargePoints,
            options.Rate,
            stats.Count(s => s.Connected),
            connectTime,
            options.Warmup,
            length,
            actions,
            ActionFigures.From("total", all.SelectMany(a => a).ToArray(), length),
            stats.Sum(s => s.CallErrors),
            stats.Sum(s => s.Timeouts),
            stats.Sum(s => s.ConnectionFailures),
            stats.Sum(s => s.ProtocolErrors),
            stats.Sum(s => s.ServerCalls),
            stats.Sum(s => s.SamplesAcked),
            stats.Sum(s => s.SamplesAckedInWindow),
            generatorCpuPercent,
            stats.Select(s => s.FirstError).OfType<string>().Take(MaxErrorExamples).ToList())
        {
            Ready = ActionFigures.From("ready", stats.Where(s => s.Ready).Select(s => s.ReadyTicks).ToArray(), TimeSpan.Zero),
            ReadyCount = stats.Count(s => s.Ready),
        };
    }

    private static long[] Collect(IReadOnlyList<ChargePointStats> stats, OcppAction action)
    {
        var recorders = stats.Select(s => s.Latencies(action)).OfType<LatencyRecorder>().ToList();
        var latencies = new long[recorders.Sum(r => r.Count)];
        var copied = 0;
        foreach (var recorder in recorders)
            copied += recorder.CopyTo(latencies.AsSpan(copied));
        return latencies;
    }
}
