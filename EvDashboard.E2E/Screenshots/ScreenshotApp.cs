using EvDashboard.E2E.Hosting;

namespace EvDashboard.E2E.Screenshots;

/// <summary>A second app process of its own, holding only <see cref="ScreenshotFleet"/>: screenshots do not show the other tests' charge points.</summary>
public sealed class ScreenshotApp : IAsyncLifetime
{
    private AppProcess? _app;
    private ScreenshotFleet? _fleet;

    public Uri BaseAddress => _app?.BaseAddress ?? throw new InvalidOperationException("The screenshot app has not started.");

    public ScreenshotFleet Fleet => _fleet ?? throw new InvalidOperationException("The screenshot fleet has not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _app = await AppProcess.StartAsync("app-screenshots", timeout.Token);
        using var api = new HttpClient { BaseAddress = _app.BaseAddress };
        api.DefaultRequestHeaders.Add("X-Api-Key", E2ESettings.ApiKey);
        _fleet = await ScreenshotFleet.StartAsync(_app.BaseAddress, api);
    }

    public async Task DisposeAsync()
    {
        if (_fleet is not null)
        {
            await _fleet.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
