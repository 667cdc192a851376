using EvDashboard.Core.Data;
using EvDashboard.Core.Healing.Reconciliation;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Healing.Continuation;

/// <summary>
/// Decides, inside one unit of work, whether the connector's last session is to be continued now, and records the attempt.
/// Every guard is here: switched off for the charge point, a final end (EVDisconnected, a driver's stop), the window, an
/// Available report in between (the vehicle left), an attempt already made for that session, and the chain's attempt limit.
/// </summary>
internal sealed class ContinuationRequests(SystemSessionCloser closer, TimeProvider time, IOptionsMonitor<SessionHealingOptions> healing)
{
    public async Task<SessionContinuation?> RequestAsync(WriteScope scope, string chargePointId, int connectorId, ConnectorStatus status, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var settings = healing.CurrentValue.Continuation;
        var now = time.GetUtcNow();
        var chargePoint = await db.ChargePoints.FindAsync([chargePointId], cancellationToken);
        var previous = await db.ChargingSessions
            .Where(s => s.ChargePointId == chargePointId && s.ConnectorId == connectorId)
            .OrderByDescending(s => s.TransactionId)
            .FirstOrDefaultAsync(cancellationToken);
        if (chargePoint is not { ContinuationOff: false } || previous is null)
        {
            return null;
        }

        if (previous.Status == SessionStatus.Active && !await CloseLostWhileOfflineAsync(scope, previous, status, now, cancellationToken))
        {
            return null;
        }

        if (!ContinuationPolicy.InWindow(previous, now, settings) || ContinuationPolicy.TriggerOf(previous) is not { } trigger
            || ContinuationPolicy.CutOffAt(previous) is not { } cutOff || await VehicleLeftAsync(db, previous, cutOff, cancellationToken))
        {
            return null;
        }

        var rootId = previous.ChainRootId ?? previous.TransactionId;
        var attempts = await db.SessionContinuations.Where(c => c.RootTransactionId == rootId).Select(c => c.PreviousTransactionId).ToListAsync(cancellationToken);
        if (attempts.Contains(previous.TransactionId) || attempts.Count >= settings.MaxAttempts)
        {
            return null;
        }

        var continuation = new SessionContinuation(rootId, previous.TransactionId, chargePointId, connectorId, previous.IdTag, attempts.Count + 1, trigger, now);
        db.SessionContinuations.Add(continuation);
        // The id is needed before the RemoteStartTransaction goes out, and the StartTransaction that follows must find the row.
        await db.SaveChangesAsync(cancellationToken);
        return continuation;
    }

    /// <summary>
    /// A session still Active while its connector reports Preparing again was lost by the charger; when the charge point was
    /// offline since it started, that is why, and the session is closed here so it can be continued.
    /// </summary>
    private async Task<bool> CloseLostWhileOfflineAsync(WriteScope scope, ChargingSession session, ConnectorStatus status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // SuspendedEV is an ordinary state of a running session; only Preparing says the charger no longer has it.
        if (status != ConnectorStatus.Preparing)
        {
            return false;
        }

        var since = session.StartReceivedAt;
        var offlineAt = await scope.Db.ConnectionEvents
            .Where(e => e.ChargePointId == session.ChargePointId && !e.IsOnline && e.At >= since && e.At <= now)
            .OrderByDescending(e => e.At)
            .Select(e => (DateTimeOffset?)e.At)
            .FirstOrDefaultAsync(cancellationToken);
        return offlineAt is { } at
               && await closer.CloseAsync(scope, session, StuckSessionReasons.Offline, "The charge point went offline during it and came back without it.", at, cancellationToken);
    }

    private static Task<bool> VehicleLeftAsync(EvDashboardDbContext db, ChargingSession previous, DateTimeOffset cutOff, CancellationToken cancellationToken) =>
        db.ConnectorStatusChanges.AnyAsync(
            c => c.ChargePointId == previous.ChargePointId && c.ConnectorId == previous.ConnectorId
                 && c.Status == ConnectorStatus.Available && c.ReceivedAt >= cutOff,
            cancellationToken);
}
