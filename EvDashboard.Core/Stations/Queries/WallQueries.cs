using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// The wall display's read model: every connector with its active session, the sessions that delivered
/// energy today (site zone), and the newest events for the ticker. Each query reads by an indexed column.
/// </summary>
public sealed class WallQueries(IDbContextFactory<EvDashboardDbContext> contexts, ChargePointPresence presence, SiteClock clock)
{
    public const int MaxEvents = 50;

    private sealed record SessionRow(
        int TransactionId, string ChargePointId, int ConnectorId, string IdTag, SessionStatus Status, DateTimeOffset StartedAt,
        long MeterStartWh, long EnergyWh, long? LastPowerW, int? LastSocPercent);

    public async Task<WallSnapshot> GetSnapshotAsync(int eventLimit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(eventLimit);
        var todayStartsAt = clock.StartOfToday;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var sessions = await SessionsOfTodayAsync(db, todayStartsAt, cancellationToken);
        var energy = await EnergyTodayAsync(db, sessions, todayStartsAt, cancellationToken);
        var connectors = await ConnectorsAsync(db, sessions, cancellationToken);
        var events = await EventsAsync(db, Math.Min(eventLimit, MaxEvents), cancellationToken);
        return new WallSnapshot(connectors, energy, events, todayStartsAt);
    }

    /// <summary>
    /// Sessions started today, plus older ones that ended today or may still deliver (no end yet). Three indexed
    /// reads rather than one OR, which SQLite would answer with a scan of the whole ledger.
    /// </summary>
    private static async Task<List<SessionRow>> SessionsOfTodayAsync(EvDashboardDbContext db, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var sessions = db.ChargingSessions.AsNoTracking();
        var startedToday = await Project(sessions.Where(s => s.StartedAt >= since)).ToListAsync(cancellationToken);
        var endedToday = await Project(sessions.Where(s => s.EndedAt >= since && s.StartedAt < since)).ToListAsync(cancellationToken);
        var open = await Project(sessions.Where(s => s.EndedAt == null && s.StartedAt < since
                && (s.Status == SessionStatus.Active || s.LastMeterAt >= since)))
            .ToListAsync(cancellationToken);
        return [.. startedToday, .. endedToday, .. open];
    }

    private static IQueryable<SessionRow> Project(IQueryable<ChargingSession> sessions) => sessions.Select(s => new SessionRow(
        s.TransactionId, s.ChargePointId, s.ConnectorId, s.IdTag, s.Status, s.StartedAt, s.MeterStartWh, s.EnergyWh, s.LastPowerW, s.LastSocPercent));

    private static async Task<List<WallSessionEnergy>> EnergyTodayAsync(
        EvDashboardDbContext db, List<SessionRow> sessions, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var carriedOver = sessions.Where(s => s.StartedAt < since).Select(s => (s.TransactionId, s.MeterStartWh)).ToList();
        var beforeMidnight = await MidnightRegisters.DeliveredBeforeAsync(db, carriedOver, since, cancellationToken);
        return sessions.Select(s => new WallSessionEnergy(s.TransactionId, s.EnergyWh, beforeMidnight.GetValueOrDefault(s.TransactionId))).ToList();
    }

    private async Task<List<WallConnector>> ConnectorsAsync(EvDashboardDbContext db, List<SessionRow> sessions, CancellationToken cancellationToken)
    {
        var names = await db.ChargePoints.AsNoTracking().Select(c => new { c.Id, c.Name, c.LastSeenAt }).ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, cancellationToken);
        var rows = await db.Connectors.AsNoTracking()
            .Where(c => c.ConnectorId > 0)
            .OrderBy(c => c.ChargePointId).ThenBy(c => c.ConnectorId)
            .Select(c => new { c.ChargePointId, c.ConnectorId, c.Status, c.ErrorCode, c.VendorErrorCode, c.Info, c.StatusSince })
            .ToListAsync(cancellationToken);

        // The newest active session per connector (an older one still open would have been superseded).
        var active = sessions.Where(s => s.Status == SessionStatus.Active)
            .GroupBy(s => (s.ChargePointId, s.ConnectorId))
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.StartedAt)!);

        return rows.ConvertAll(c =>
        {
            names.TryGetValue(c.ChargePointId, out var chargePoint);
            var lastSeen = presence.LastSeen(c.ChargePointId) is { } seen && (chargePoint?.LastSeenAt is null || seen > chargePoint.LastSeenAt)
                ? seen
                : chargePoint?.LastSeenAt;
            var session = active.TryGetValue((c.ChargePointId, c.ConnectorId), out var s)
                ? new WallSession(s.TransactionId, s.IdTag, s.StartedAt, s.EnergyWh, s.LastPowerW, s.LastSocPercent)
                : null;
            return new WallConnector(c.ChargePointId, chargePoint?.Name, c.ConnectorId, c.Status, c.ErrorCode, c.VendorErrorCode, c.Info, c.StatusSince,
                presence.IsOnline(c.ChargePointId), lastSeen, session);
        });
    }

    /// <summary>The newest status changes, session starts and completions, merged newest first.</summary>
    private static async Task<List<WallEvent>> EventsAsync(EvDashboardDbContext db, int limit, CancellationToken cancellationToken)
    {
        if (limit == 0)
        {
            return [];
        }

        var statuses = await db.ConnectorStatusChanges.AsNoTracking()
            .Where(c => (c.ConnectorId > 0 && c.Status != ConnectorStatus.Charging && c.Status != ConnectorStatus.Finishing)
                        || c.Status == ConnectorStatus.Faulted)
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Take(limit)
            .Select(c => new WallEvent(c.ReceivedAt, WallEventKind.StatusChanged, c.ChargePointId, c.ConnectorId, c.Status, c.ErrorCode, null, null))
            .ToListAsync(cancellationToken);
        var started = await db.ChargingSessions.AsNoTracking()
            .OrderByDescending(s => s.StartedAt)
            .Take(limit)
            .Select(s => new WallEvent(s.StartedAt, WallEventKind.SessionStarted, s.ChargePointId, s.ConnectorId, null, null, s.IdTag, null))
            .ToListAsync(cancellationToken);
        var completed = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.EndedAt != null)
            .OrderByDescending(s => s.EndedAt)
            .Take(limit)
            .Select(s => new WallEvent(s.EndedAt!.Value, WallEventKind.SessionCompleted, s.ChargePointId, s.ConnectorId, null, null, s.IdTag, s.EnergyWh))
            .ToListAsync(cancellationToken);
        return [.. statuses.Concat(started).Concat(completed).OrderByDescending(e => e.At).Take(limit)];
    }
}
