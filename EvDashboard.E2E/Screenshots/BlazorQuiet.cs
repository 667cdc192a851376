using System.Diagnostics;
using Microsoft.Playwright;

namespace EvDashboard.E2E.Screenshots;

/// <summary>
/// Waits until the page's Blazor circuit is up and has settled: its WebSocket (/_blazor) has delivered render
/// batches and then nothing for a moment. Grids that load their data only once interactive are filled by then.
/// </summary>
public sealed class BlazorQuiet
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(8);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastFrameTicks = -1;

    private BlazorQuiet(IPage page) => page.WebSocket += (_, socket) =>
    {
        if (socket.Url.Contains("/_blazor", StringComparison.Ordinal))
        {
            socket.FrameReceived += (_, _) => Interlocked.Exchange(ref _lastFrameTicks, _clock.ElapsedTicks);
        }
    };

    /// <summary>Call before navigating, so the circuit's socket is seen from its start.</summary>
    public static BlazorQuiet Watch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new BlazorQuiet(page);
    }

    public async Task WaitAsync()
    {
        var deadline = _clock.Elapsed + Limit;
        while (_clock.Elapsed < deadline)
        {
            var last = Interlocked.Read(ref _lastFrameTicks);
            if (last >= 0 && _clock.Elapsed - TimeSpan.FromTicks(last * TimeSpan.TicksPerSecond / Stopwatch.Frequency) >= Quiet)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail(Interlocked.Read(ref _lastFrameTicks) < 0
            ? "The page's Blazor circuit never connected (no frame on /_blazor): the page is not interactive."
            : $"The page's Blazor circuit did not settle within {Limit.TotalSeconds} s.");
    }
}
