using EvDashboard.E2E.Hosting;

namespace EvDashboard.E2E.Reports;

/// <summary>
/// An app process of its own on a seeded history (90 days, 6 charge points; the seed command builds the rollups at its end),
/// with the rollup worker on a short interval, for the report pages.
/// </summary>
public sealed class ReportsApp : IAsyncLifetime
{
    private AppProcess? _app;

    public Uri BaseAddress => _app?.BaseAddress ?? throw new InvalidOperationException("The reports app has not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        _app = await AppProcess.StartAsync(
            "app-reports",
            timeout.Token,
            seedArguments: ["--sessions", "3000", "--days", "90", "--charge-points", "6", "--random-seed", "7"],
            settings: new Dictionary<string, string> { ["Reports__RollupIntervalSeconds"] = "5" });
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
