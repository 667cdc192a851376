using Microsoft.Extensions.Hosting;

namespace EvDashboard.Core.Data;

/// <summary>
/// Background services start their first database pass only once the host has started (Kestrel listening,
/// /healthz answering). The host runs ExecuteAsync inline up to its first real await, and SQLite's async calls
/// complete synchronously, so a first pass that scans a large table (receipt sweep, healing, alert conditions,
/// rollups) would hold back start-up: on a 1 GB database those passes took most of the time to ready.
/// </summary>
public static class ApplicationStartedExtensions
{
    /// <summary>Completes on a thread-pool thread once the application has started; cancelled with <paramref name="cancellationToken"/>.</summary>
    public static async Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (cancellationToken.Register(() => started.TrySetCanceled(cancellationToken)))
        {
            await started.Task;
        }
    }
}
