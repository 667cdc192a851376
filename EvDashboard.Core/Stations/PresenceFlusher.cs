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
                (scope, ct) =>
                {
                    InsertTransitions(scope, transitions, ct);
                    if (transitions.Count > 0)
                    {
                        rollups.MarkFrom(scope, transitions.Min(t => t.At), ct);
                    }

                    UpdateLastSeen(scope, dirty, ct);
                    return Task.CompletedTask;
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

    // Prepared statements, not EF Core: after a reconnect storm one flush carries thousands of rows, and through the change
    // tracker 10,000 connection events held the single writer (and every charger's message behind it) for 0.8 s.
    private const string InsertTransitionSql = "INSERT INTO ConnectionEvents (ChargePointId, IsOnline, At) VALUES (?1, ?2, ?3)";
    private const string UpdateLastSeenSql = "UPDATE ChargePoints SET LastSeenAt = ?1 WHERE Id = ?2 AND (LastSeenAt IS NULL OR LastSeenAt < ?1)";

    private static void InsertTransitions(WriteScope scope, IReadOnlyList<ConnectionEvent> transitions, CancellationToken cancellationToken)
    {
        if (transitions.Count == 0)
        {
            return;
        }

        var statement = scope.Statement(InsertTransitionSql);
        foreach (var transition in transitions)
        {
            statement.Bind(1, transition.ChargePointId);
            statement.Bind(2, transition.IsOnline ? 1 : 0);
            statement.Bind(3, transition.At.UtcTicks);
            statement.Execute(cancellationToken);
        }
    }

    private static void UpdateLastSeen(WriteScope scope, IReadOnlyList<(string ChargePointId, DateTimeOffset LastSeenAt)> dirty, CancellationToken cancellationToken)
    {
        if (dirty.Count == 0)
        {
            return;
        }

        var statement = scope.Statement(UpdateLastSeenSql);
        foreach (var (chargePointId, lastSeen) in dirty)
        {
            statement.Bind(1, lastSeen.UtcTicks);
            statement.Bind(2, chargePointId);
            statement.Execute(cancellationToken);
        }
    }
}
