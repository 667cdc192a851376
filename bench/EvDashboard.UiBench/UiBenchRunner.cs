using Microsoft.Playwright;

namespace EvDashboard.UiBench;

/// <summary>
/// The P7 run: the server with its OCPP load alone, then with N live circuits on /stations, each window measured from
/// /proc; then the pages close and the server's sockets must fall back.
/// </summary>
internal sealed class UiBenchRunner(UiBenchOptions options, TextWriter output)
{
    // Pages open a few at a time: enough to be quick, few enough that two cores serve each first render promptly.
    private const int OpenConcurrency = 4;

    private readonly ServerProcess _server = new(options.ServerPid);

    public async Task<UiReport> RunAsync(CancellationToken cancellationToken)
    {
        if (!_server.IsAlive)
            throw new InvalidOperationException($"No server process with pid {options.ServerPid}.");

        output.WriteLine($"== server without circuits (its OCPP load only), {options.Duration.TotalSeconds:F0} s");
        var idle = await ServerWindow.MeasureAsync(_server, options.Duration, cancellationToken);

        await using var browser = await BrowserSession.LaunchAsync(options.Chromium);
        var signedIn = await browser.SignInAsync(options.Url, options.Email, options.Password);
        output.WriteLine($"== opening {options.Circuits} circuits on {options.Url}stations");
        var circuits = await OpenAllAsync(browser.Browser, signedIn);
        output.WriteLine($"all {circuits.Count} pages show live figures; settling {options.Settle.TotalSeconds:F0} s");
        await Task.Delay(options.Settle, cancellationToken);

        output.WriteLine($"== server with {circuits.Count} circuits, {options.Duration.TotalSeconds:F0} s");
        await Task.WhenAll(circuits.Select(c => c.ResetAsync()));
        var screenshot = ScreenshotAsync(circuits[0], cancellationToken);
        var loaded = await ServerWindow.MeasureAsync(_server, options.Duration, cancellationToken);
        var activity = await Task.WhenAll(circuits.Select(c => c.ReadAsync()));
        await screenshot;

        output.WriteLine($"== closing the pages; waiting up to {options.CloseWait.TotalSeconds:F0} s for the server's sockets to fall back");
        var closed = TimeProvider.System.GetTimestamp();
        await Task.WhenAll(circuits.Select(c => c.CloseAsync()));
        var sockets = await WaitForSocketsAsync(idle.Sockets, cancellationToken);
        return new UiReport(circuits.Count, idle, loaded, activity, sockets, _server.RssKb(), TimeProvider.System.GetElapsedTime(closed));
    }

    private async Task<List<StationsCircuit>> OpenAllAsync(IBrowser browser, string signedIn)
    {
        var circuits = new List<StationsCircuit>();
        for (var opened = 0; opened < options.Circuits; opened += OpenConcurrency)
        {
            var batch = Enumerable.Range(0, Math.Min(OpenConcurrency, options.Circuits - opened))
                .Select(_ => StationsCircuit.OpenAsync(browser, signedIn, options));
            circuits.AddRange(await Task.WhenAll(batch));
            output.WriteLine($"  {circuits.Count} open; server RSS {_server.RssKb() / 1024} MiB, sockets {_server.Sockets()}");
        }

        return circuits;
    }

    /// <summary>One page halfway through the window, so it shows the page as it is under load.</summary>
    private async Task ScreenshotAsync(StationsCircuit circuit, CancellationToken cancellationToken)
    {
        if (options.Screenshot is null)
            return;
        await Task.Delay(options.Duration / 2, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(options.Screenshot)!);
        await circuit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = options.Screenshot });
        output.WriteLine($"screenshot of one page: {options.Screenshot}");
    }

    private async Task<int> WaitForSocketsAsync(int idleSockets, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var sockets = _server.Sockets();
        while (sockets > idleSockets + 2 && TimeProvider.System.GetElapsedTime(started) < options.CloseWait)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            sockets = _server.Sockets();
        }

        return sockets;
    }
}
