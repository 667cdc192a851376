using EvDashboard.Bench;

BenchOptions options;
try
{
    if (args.Length == 1 && args[0] is "--help" or "-h")
    {
        Console.WriteLine(BenchOptions.Usage);
        return 0;
    }

    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

// First Ctrl+C: stop measuring and finish gracefully (transactions are stopped). Second: abort the sockets.
using var interrupt = new CancellationTokenSource();
using var abort = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    if (interrupt.IsCancellationRequested)
        abort.Cancel();
    else
        interrupt.Cancel();
};

var report = await new BenchRunner(options, TimeProvider.System, Console.Out).RunAsync(interrupt.Token, abort.Token);
ReportPrinter.Print(report, Console.Out);
return report.Errors == 0 && report.Connected == report.ChargePoints && !interrupt.IsCancellationRequested ? 0 : 1;
