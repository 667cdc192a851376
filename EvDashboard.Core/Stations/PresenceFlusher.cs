using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp;
using EvDashboard.Core.Revenue.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Stations;

/// <summary>
/// Writes connects/disconnects and changed last-seen times to the database every Ocpp:LastSeenFlushSeconds, and once
/// more at shutdown. At start it closes the online periods a crash left open (see <see cref="ConnectionEvent"/>).
/// </summary>
internal sealed class PresenceFlusher(
    ChargePointPresence presence,
    DatabaseWriter writer,
    TimeProvider time,
    IOptions<OcppOptions> options,
    RollupInvalidation rollups,
    ILogger<PresenceFlusher> logger) : PeriodicFlusher(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.LastSeenFlushSeconds);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Runs before the server accepts connections: every charge point is offline now, whatever the log says.
        await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                if (await CloseOpenPeriodsAsync(scope, ct) is { } earliest)
                {
                    rollups.MarkFrom(scope, earliest, ct);
                }
            },
            cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    internal override async Task FlushAsync(CancellationToken cancellationToken)
    {
        var transitions = presence.TakeTransitions();
        var dirty = presence.TakeDirty();
        if (transitions.Count == 0 && dirty.Count == 0)
        {
            return;
        }

        try
        {
            await writer.ExecuteAsync(
                async (scope, ct) =>
                {
                    scope.Db.ConnectionEvents.AddRange(transitions);
                    if (transitions.Count > 0)
                    {
                        rollups.MarkFrom(scope, transitions.Min(t => t.At), ct);
                    }

                    await UpdateLastSeenAsync(scope, dirty, ct);
                },
                cancellationToken);
        }
        catch
        {
            presence.ReturnTransitions(transitions);
            throw;
        }
    }

    /// <returns>The earliest offline time written (its day's rollups change), or null when no period was open.</returns>
    internal static async Task<DateTimeOffset?> CloseOpenPeriodsAsync(WriteScope scope, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        // Each charge point's newest event, when it says online.
        var open = await db.ConnectionEvents.AsNoTracking()
            .Where(e => e.IsOnline && !db.ConnectionEvents.Any(l => l.ChargePointId == e.ChargePointId && (l.At > e.At || (l.At == e.At && l.Id > e.Id))))
            .Join(db.ChargePoints, e => e.ChargePointId, c => c.Id, (e, c) => new { e.ChargePointId, e.At, c.LastSeenAt })
            .ToListAsync(cancellationToken);
        DateTimeOffset? earliest = null;
        foreach (var period in open)
        {
            var lastSeen = period.LastSeenAt is { } seen && seen > period.At ? seen : period.At;
            db.ConnectionEvents.Add(new ConnectionEvent(period.ChargePointId, isOnline: false, lastSeen));
            earliest = earliest is { } e && e < lastSeen ? e : lastSeen;
        }

        return earliest;
    }

    private static async Task UpdateLastSeenAsync(WriteScope scope, IReadOnlyList<(string ChargePointId, DateTimeOffset LastSeenAt)> dirty, CancellationToken cancellationToken)
    {
        if (dirty.Count == 0)
        {
            return;
        }

        await using var command = scope.CreateCommand(
            "UPDATE ChargePoints SET LastSeenAt = $at WHERE Id = $id AND (LastSeenAt IS NULL OR LastSeenAt < $at)");
        var id = command.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Text);
        var at = command.Parameters.Add("$at", Microsoft.Data.Sqlite.SqliteType.Integer);
        foreach (var (chargePointId, lastSeen) in dirty)
        {
            id.Value = chargePointId;
            at.Value = lastSeen.UtcTicks;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
