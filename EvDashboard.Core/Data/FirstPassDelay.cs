using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Data;

/// <summary>
/// Holds a background worker's first pass (often a scan of a big table) until the host has started and
/// Database:FirstPassDelaySeconds more have passed. After a restart the first seconds belong to the health check and
/// to the charge points reconnecting; with every worker scanning at once on two cores, /healthz answered seconds late.
/// </summary>
public sealed class FirstPassDelay(IOptions<DatabaseOptions> options, TimeProvider time, IHostApplicationLifetime? lifetime = null)
{
    /// <summary>
    /// Completes when the worker may run its first pass. With no delay configured it only yields, so the pass still runs
    /// off the host's start-up (SQLite's async calls complete synchronously).
    /// </summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(options.Value.FirstPassDelaySeconds);
        if (delay <= TimeSpan.Zero)
        {
            await Task.Yield();
            return;
        }

        if (lifetime is not null)
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            {
                await started.Task.WaitAsync(cancellationToken);
            }
        }

        await Task.Delay(delay, time, cancellationToken);
    }
}
