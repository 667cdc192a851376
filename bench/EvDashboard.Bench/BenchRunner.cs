using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace EvDashboard.Bench;

/// <summary>
/// Runs one scenario: starts one task per charge point, opens the measurement window, prints progress, signals
/// stop, and collects the figures. The window depends on the scenario: after the warm-up for a fixed duration;
/// from the start line until every charge point has done its iterations (fixed work); or from the first
/// connection until every charge point is connected and prepared (a reconnect storm).
/// </summary>
internal sealed class BenchRunner(BenchOptions options, TimeProvider time, TextWriter output)
{
    private static readonly TimeSpan s_progressInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_open = TimeSpan.FromDays(1);

    /// <param name="interruptToken">Ends the run early but gracefully (first Ctrl+C).</param>
    /// <param name="abortToken">Aborts every socket at once (second Ctrl+C).</param>
    public async Task<BenchReport> RunAsync(CancellationToken interruptToken, CancellationToken abortToken)
    {
        var window = new MeasurementWindow();
        var stats = Enumerable.Range(0, options.ChargePoints).Select(_ => new ChargePointStats(window)).ToArray();
        var startLine = new StartLine(options.ChargePoints);
        var finishLine = new StartLine(options.ChargePoints);
        var profile = new ChargePointProfile(Encoding.ASCII.GetBytes(options.IdTag), time);
        var probe = options.ServerPid is { } pid ? new ServerProbe(pid) : null;
        var before = probe?.TrySample();
        using var connectGate = new SemaphoreSlim(options.ConnectConcurrency);
        using var invokers = new SourceAddressInvokers(options.SourceAddresses);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(interruptToken);
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(abortToken);
        var origin = Stopwatch.GetTimestamp();
        var driver = new ChargePointDriver(options, profile, connectGate, invokers, startLine, finishLine, origin);

        output.WriteLine(Invariant($"{options.Scenario.Name}: {options.ChargePoints} charge points on {options.Url}, {Describe()}"));
        var measuresConnect = options.Scenario.MeasuresConnect;
        var meter = new WindowMeter(probe);
        if (measuresConnect)
        {
            window.Open(origin, s_open);
            meter.Start();
        }

        var tasks = new Task[options.ChargePoints];
        for (var i = 0; i < tasks.Length; i++)
        {
            var index = i;
            tasks[i] = Task.Run(() => driver.RunAsync(index + 1, stats[index], stop.Token, abort.Token), CancellationToken.None);
        }

        await WaitAsync(startLine.AllArrived, interruptToken);
        var connectTime = Stopwatch.GetElapsedTime(origin);
        output.WriteLine(Invariant($"connected and prepared {stats.Count(s => s.Ready)} of {options.ChargePoints} in {connectTime.TotalSeconds:0.00} s"));

        if (measuresConnect)
        {
            window.Close(Stopwatch.GetTimestamp());
            meter.Stop();
            startLine.Release();
        }
        else if (options.Iterations > 0)
        {
            window.Open(Stopwatch.GetTimestamp(), s_open);
            meter.Start();
            startLine.Release();
            await WatchFixedWorkAsync(finishLine, stats, interruptToken);
            window.Close(Stopwatch.GetTimestamp());
            meter.Stop();
        }
        else
        {
            window.Open(Stopwatch.GetTimestamp() + SecondsToTicks(options.Warmup), options.Duration);
            startLine.Release();
            await WatchWindowAsync(window, meter, stats, interruptToken);
        }

        await stop.CancelAsync();
        var drained = Task.WhenAll(tasks);
        if (await Task.WhenAny(drained, Task.Delay(options.CallTimeout * 3, CancellationToken.None)) != drained)
        {
            output.WriteLine("charge points still busy after the stop signal; aborting their sockets");
            await abort.CancelAsync();
        }

        await drained;
        var report = BenchReport.Create(options, stats, window, connectTime, meter.GeneratorCpuPercent(window.Length));
        return report with { Server = meter.Figures(before, window.Length, report.Total.Calls) };
    }

    private string Describe()
    {
        if (options.Scenario.MeasuresConnect)
            return Invariant($"connecting over {options.ConnectSpread.TotalSeconds:0.#} s, measured from the first connection");
        if (options.Iterations > 0)
            return Invariant($"{options.Iterations} iterations each, measured until all are done");
        return Invariant($"warm-up {options.Warmup.TotalSeconds:0.#} s, measured {options.Duration.TotalSeconds:0.#} s");
    }

    /// <summary>Prints progress until the window closes.</summary>
    private async Task WatchWindowAsync(MeasurementWindow window, WindowMeter meter, ChargePointStats[] stats, CancellationToken interruptToken)
    {
        var progress = new ProgressPrinter(output, stats);
        while (!interruptToken.IsCancellationRequested && Stopwatch.GetTimestamp() < window.End)
        {
            var wakeUp = Math.Min(progress.Due(s_progressInterval), window.End);
            if (!meter.Started)
                wakeUp = Math.Min(wakeUp, window.Start);
            await DelayUntilAsync(wakeUp, interruptToken);

            var now = Stopwatch.GetTimestamp();
            if (!meter.Started && now >= window.Start)
                meter.Start();
            if (now >= progress.Due(s_progressInterval) || now >= window.End)
                progress.Print(now, now < window.Start ? "warm-up" : "measure");
        }

        var end = Stopwatch.GetTimestamp();
        if (end < window.End)
            window.Close(end);
        meter.Stop();
    }

    private async Task WatchFixedWorkAsync(StartLine finishLine, ChargePointStats[] stats, CancellationToken interruptToken)
    {
        var progress = new ProgressPrinter(output, stats);
        while (!interruptToken.IsCancellationRequested && !finishLine.AllArrived.IsCompleted)
        {
            await WaitAsync(Task.WhenAny(finishLine.AllArrived, Task.Delay(s_progressInterval, CancellationToken.None)), interruptToken);
            progress.Print(Stopwatch.GetTimestamp(), "measure");
        }
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
