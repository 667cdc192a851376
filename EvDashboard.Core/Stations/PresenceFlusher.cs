using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Stations;

/// <summary>Writes changed last-seen times to the database every Ocpp:LastSeenFlushSeconds, and once more at shutdown.</summary>
internal sealed partial class PresenceFlusher(
    ChargePointPresence presence,
    DatabaseWriter writer,
    TimeProvider time,
    IOptions<OcppOptions> options,
    ILogger<PresenceFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.LastSeenFlushSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
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
            await FlushAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout passed: last-seen times are a convenience, not worth a crash on exit.
        }
    }

    internal async Task FlushAsync(CancellationToken cancellationToken)
    {
        var dirty = presence.TakeDirty();
        if (dirty.Count == 0)
        {
            return;
        }

        try
        {
            await writer.ExecuteAsync(
                async (scope, ct) =>
                {
                    await using var command = scope.CreateCommand(
                        "UPDATE ChargePoints SET LastSeenAt = $at WHERE Id = $id AND (LastSeenAt IS NULL OR LastSeenAt < $at)");
                    var id = command.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Text);
                    var at = command.Parameters.Add("$at", Microsoft.Data.Sqlite.SqliteType.Integer);
                    foreach (var (chargePointId, lastSeen) in dirty)
                    {
                        id.Value = chargePointId;
                        at.Value = lastSeen.UtcTicks;
                        await command.ExecuteNonQueryAsync(ct);
                    }
                },
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            FlushFailed(logger, dirty.Count, ex);
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Could not write last-seen times of {Count} charge points")]
    private static partial void FlushFailed(ILogger logger, int count, Exception exception);
}
