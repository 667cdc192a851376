namespace EvDashboard.Reports.Jobs;

/// <summary>Clears the exports folder at start-up, then removes expired exports every few minutes.</summary>
internal sealed class ExportJobSweeper(ExportJobs jobs, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.ClearFolder();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            jobs.Sweep();
        }
    }
}
