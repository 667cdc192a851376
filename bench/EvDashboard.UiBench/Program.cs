using EvDashboard.UiBench;

UiBenchOptions options;
try
{
    if (args.Length == 1 && args[0] is "--help" or "-h")
    {
        Console.WriteLine(UiBenchOptions.Usage);
        return 0;
    }

    options = UiBenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(UiBenchOptions.Usage);
    return 2;
}

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupt.Cancel();
};

var report = await new UiBenchRunner(options, Console.Out).RunAsync(interrupt.Token);
ReportPrinter.Print(report, Console.Out);
return report.Passed && report.SocketsFellBack ? 0 : 1;
