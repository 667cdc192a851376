using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Stations;

/// <summary>Writes changed last-seen times to the database every Ocpp:LastSeenFlushSeconds, and once more at shutdown.</summary>
internal sealed class PresenceFlusher(
    ChargePointPresence presence,
    DatabaseWriter writer,
    TimeProvider time,
    IOptions<OcppOptions> options,
    ILogger<PresenceFlusher> logger) : PeriodicFlusher(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.LastSeenFlushSeconds);

    internal override async Task FlushAsync(CancellationToken cancellationToken)
    {
        var dirty = presence.TakeDirty();
        if (dirty.Count == 0)
        {
            return;
        }

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
}
