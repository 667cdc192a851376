using EvDashboard.Core.Sites;
using Microsoft.Extensions.Options;

namespace EvDashboard.Demo;

/// <summary>
/// Starts the demo fleet once the server listens (its address is known only then): seeds the demo idTags, then
/// runs Demo:ChargePoints simulated chargers side by side. Does nothing unless Demo:Enabled; a failing charger
/// is logged and restarted, never allowed to stop the app.
/// </summary>
internal sealed class DemoFleetService(
    IOptions<DemoOptions> options,
    IDemoTransport transport,
    DemoSeeder seeder,
    IHostApplicationLifetime lifetime,
    IHostEnvironment environment,
    TimeProvider time,
    SiteClock site,
    ILogger<DemoFleetService> logger) : BackgroundService
{
    private static readonly TimeSpan Stagger = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan RestartDelay = TimeSpan.FromSeconds(30);

    public static string ChargePointId(int number) => $"DEMO-{number:00}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || !await ServerStartedAsync(stoppingToken))
        {
            return;
        }

        if (environment.IsProduction())
        {
            DemoLog.EnabledInProduction(logger);
        }

        if (!transport.TryPrepare(out var endpoint))
        {
            DemoLog.Skipped(logger, endpoint);
            return;
        }

        var fleet = Enumerable.Range(1, settings.ChargePoints).Select(n => (Id: ChargePointId(n), Model: DemoModel.ForIndex(n - 1))).ToList();
        try
        {
            await seeder.SeedAsync(fleet, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DemoLog.SeedFailed(logger, e);
            return;
        }

        DemoLog.Starting(logger, fleet.Count, endpoint);

        // The chargers hang up as soon as the app begins to stop: the server waits for open connections before it
        // stops, and these are ours (hosted services are stopped only after that wait).
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        var seeds = new Random();
        var runs = fleet.Select((cp, i) =>
        {
            var chargePoint = new DemoChargePoint(cp.Id, cp.Model, seeds.Next(), settings.MeterValueIntervalSeconds, transport, time, site, logger);
            return RunAsync(chargePoint, Stagger * i, stopping.Token);
        });
        await Task.WhenAll(runs.ToList());
    }

    private async Task RunAsync(DemoChargePoint chargePoint, TimeSpan startAfter, CancellationToken stoppingToken)
    {
        try
        {
            // Staggered, so a big fleet does not knock on the endpoint all in the same millisecond.
            await Task.Delay(startAfter, time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await chargePoint.RunAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    DemoLog.ChargePointFailed(logger, chargePoint.Id, e);
                    await Task.Delay(RestartDelay, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
    }

    private async Task<bool> ServerStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
