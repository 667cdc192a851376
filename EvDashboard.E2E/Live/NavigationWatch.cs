using Microsoft.Playwright;

namespace EvDashboard.E2E.Live;

/// <summary>
/// Proves a page updated in place: a marker put on <c>window</c> survives (a reload would wipe it), the main
/// frame did not navigate (not even a history push), and the document still has its one navigation entry.
/// </summary>
public sealed class NavigationWatch : IDisposable
{
    private readonly IPage _page;
    private readonly string _url;
    private int _navigations;

    private NavigationWatch(IPage page)
    {
        _page = page;
        _url = page.Url;
        _page.FrameNavigated += OnFrameNavigated;
    }

    public static async Task<NavigationWatch> ArmAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.EvaluateAsync("() => { window.__evdE2eMarker = 'armed'; }");
        return new NavigationWatch(page);
    }

    public async Task AssertNoReloadAsync()
    {
        var marker = await _page.EvaluateAsync<string?>("() => window.__evdE2eMarker ?? null");
        var entries = await _page.EvaluateAsync<int>("() => performance.getEntriesByType('navigation').length");
        Assert.True(marker == "armed", "The window marker is gone: the page was reloaded.");
        Assert.True(_navigations == 0, $"The main frame navigated {_navigations} time(s) (now at {_page.Url}).");
        Assert.Equal(_url, _page.Url);
        Assert.Equal(1, entries);
    }

    private void OnFrameNavigated(object? sender, IFrame frame)
    {
        if (frame == _page.MainFrame)
        {
            Interlocked.Increment(ref _navigations);
        }
    }

    public void Dispose() => _page.FrameNavigated -= OnFrameNavigated;
}
