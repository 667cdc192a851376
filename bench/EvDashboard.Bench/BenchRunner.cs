using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace EvDashboard.Bench;

/// <summary>
/// Runs one scenario: starts one task per charge point, waits until all are connected, opens the measurement
/// window after the warm-up, prints progress, signals stop, and collects the figures.
/// </summary>
internal sealed class BenchRunner(BenchOptions options, TimeProvider time, TextWriter output)
{
    private static readonly TimeSpan s_progressInterval = TimeSpan.FromSeconds(5);

    /// <param name="interruptToken">Ends the run early but gracefully (first Ctrl+C).</param>
    /// <param name="abortToken">Aborts every socket at once (second Ctrl+C).</param>
    public async Task<BenchReport> RunAsync(CancellationToken interruptToken, CancellationToken abortToken)
    {
        var window = new MeasurementWindow();
        var stats = Enumerable.Range(0, options.ChargePoints).Select(_ => new ChargePointStats(window)).ToArray();
        var startLine = new StartLine(options.ChargePoints);
        var profile = new ChargePointProfile(Encoding.ASCII.GetBytes(options.IdTag), time);
        using var connectGate = new SemaphoreSlim(options.ConnectConcurrency);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(interruptToken);
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(abortToken);
        var driver = new ChargePointDriver(options, profile, connectGate, startLine);

        output.WriteLine(Invariant($"{options.Scenario.Name}: {options.ChargePoints} charge points on {options.Url}, warm-up {options.Warmup.TotalSeconds:0.#} s, measured {options.Duration.TotalSeconds:0.#} s"));
        var connecting = Stopwatch.GetTimestamp();
        var tasks = new Task[options.ChargePoints];
        for (var i = 0; i < tasks.Length; i++)
        {
            var index = i;
            tasks[i] = Task.Run(() => driver.RunAsync(index + 1, stats[index], stop.Token, abort.Token), CancellationToken.None);
        }

        await WaitAsync(startLine.AllArrived, interruptToken);
        var connectTime = Stopwatch.GetElapsedTime(connecting);
        var connected = stats.Count(s => s.Connected);
        output.WriteLine(Invariant($"connected {connected} of {options.ChargePoints} in {connectTime.TotalSeconds:0.00} s"));

        window.Open(Stopwatch.GetTimestamp() + SecondsToTicks(options.Warmup), options.Duration);
        startLine.Release();
        var cpu = await WatchWindowAsync(window, stats, interruptToken);

        await stop.CancelAsync();
        var drained = Task.WhenAll(tasks);
        if (await Task.WhenAny(drained, Task.Delay(options.CallTimeout * 3, CancellationToken.None)) != drained)
        {
            output.WriteLine("charge points still busy after the stop signal; aborting their sockets");
            await abort.CancelAsync();
        }

        await drained;
        await AckLogWriter.WriteAsync(options, stats, CancellationToken.None);
        return BenchReport.Create(options, stats, window, connectTime, cpu);
    }

    /// <summary>Prints progress until the window closes; returns the generator's CPU use in the window (% of one core).</summary>
    private async Task<double> WatchWindowAsync(MeasurementWindow window, ChargePointStats[] stats, CancellationToken interruptToken)
    {
        var started = Stopwatch.GetTimestamp();
        var lastTick = started;
        var lastAnswered = 0L;
        TimeSpan? cpuAtStart = null;
        while (!interruptToken.IsCancellationRequested && Stopwatch.GetTimestamp() < window.End)
        {
            var progressDue = lastTick + SecondsToTicks(s_progressInterval);
            var wakeUp = Math.Min(progressDue, window.End);
            if (cpuAtStart is null)
                wakeUp = Math.Min(wakeUp, window.Start);
            await DelayUntilAsync(wakeUp, interruptToken);

            var now = Stopwatch.GetTimestamp();
            if (cpuAtStart is null && now >= window.Start)
                cpuAtStart = Environment.CpuUsage.TotalTime;
            if (now < progressDue && now < window.End)
                continue;
            var answered = stats.Sum(s => s.Answered);
            var rate = (answered - lastAnswered) / Stopwatch.GetElapsedTime(lastTick, now).TotalSeconds;
            var phase = lastTick < window.Start ? "warm-up" : "measure";
            output.WriteLine(Invariant($"  {Stopwatch.GetElapsedTime(started, now).TotalSeconds,6:0.0} s  {phase}  {rate,8:0} calls/s  errors {stats.Sum(s => s.Errors)}"));
            lastTick = now;
            lastAnswered = answered;
        }

        var end = Stopwatch.GetTimestamp();
        if (end < window.End)
            window.Close(end);
        if (cpuAtStart is null || window.Length <= TimeSpan.Zero)
            return 0;
        return 100 * (Environment.CpuUsage.TotalTime - cpuAtStart.Value).TotalSeconds / window.Length.TotalSeconds;
    }

    private static async Task DelayUntilAsync(long timestamp, CancellationToken cancellationToken)
    {
        var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (remaining <= TimeSpan.Zero)
            return;
        await WaitAsync(Task.Delay(remaining, CancellationToken.None), cancellationToken);
    }

    private static async Task WaitAsync(Task task, CancellationToken cancellationToken)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = cancellationToken.Register(() => cancelled.TrySetResult());
        await Task.WhenAny(task, cancelled.Task);
    }

    private static long SecondsToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
