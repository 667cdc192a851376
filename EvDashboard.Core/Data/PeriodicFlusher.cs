using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Data;

/// <summary>
/// Writes state kept in memory (last-seen times, last-used times) every <see cref="Interval"/>, and once more at
/// shutdown. A failed flush is logged and the next tick tries again: a background write must never stop the host.
/// </summary>
internal abstract partial class PeriodicFlusher(TimeProvider time, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    internal abstract Task FlushAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushOrLogAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the final flush happens in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.StopAsync(cancellationToken);
            await FlushOrLogAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout passed: what is flushed here is a convenience, not worth a crash on exit.
        }
    }

    private async Task FlushOrLogAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            FlushFailed(logger, GetType().Name, ex);
        }
    }

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "{Flusher} could not write its buffered state; the next tick tries again")]
    private static partial void FlushFailed(ILogger logger, string flusher, Exception exception);
}
