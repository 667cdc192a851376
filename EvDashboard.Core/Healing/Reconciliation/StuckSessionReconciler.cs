using System.Globalization;
using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Healing.Reconciliation;

/// <summary>
/// Closes sessions the charger will never stop: interrupted by a boot or superseded by a new start once the grace for a late
/// StopTransaction has passed, Active ones whose connector went Available after Finishing, and Active ones past the
/// maximum duration. Each is closed in its own unit of work, which checks again that it is still open: a StopTransaction
/// that arrives first always wins.
/// </summary>
internal sealed class StuckSessionReconciler(
    IDbContextFactory<EvDashboardDbContext> contexts, DatabaseWriter writer, SystemSessionCloser closer, TimeProvider time,
    IOptionsMonitor<SessionHealingOptions> options)
{
    /// <summary>One pass; returns how many sessions it closed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var stuck = await FindAsync(time.GetUtcNow(), cancellationToken);
        var closed = 0;
        foreach (var candidate in stuck)
        {
            if (await CloseAsync(candidate, cancellationToken))
            {
                closed++;
            }
        }

        return closed;
    }

    public async Task<IReadOnlyList<StuckSession>> FindAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var graceEnd = now - settings.StuckGrace;
        var tooOld = now - settings.MaxSession;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var interrupted = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Interrupted && s.InterruptedAt <= graceEnd)
            .Select(s => new { s.TransactionId, s.InterruptionReason })
            .ToListAsync(cancellationToken);
        var expired = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Active && s.StartedAt <= tooOld)
            .Select(s => s.TransactionId)
            .ToListAsync(cancellationToken);
        var unplugged = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Active && s.StartedAt > tooOld)
            .Where(s => db.Connectors.Any(c => c.ChargePointId == s.ChargePointId && c.ConnectorId == s.ConnectorId
                && c.Status == ConnectorStatus.Available && c.StatusSince >= s.StartedAt && c.StatusSince <= graceEnd
                && db.ConnectorStatusChanges.Any(f => f.ChargePointId == s.ChargePointId && f.ConnectorId == s.ConnectorId
                    && f.Status == ConnectorStatus.Finishing && f.Timestamp >= s.StartedAt && f.Timestamp <= c.StatusSince)))
            .Select(s => s.TransactionId)
            .ToListAsync(cancellationToken);

        var hours = settings.MaxSessionHours.ToString(CultureInfo.InvariantCulture);
        return
        [
            .. interrupted.Select(s => s.InterruptionReason == SessionLedger.SupersededReason
                ? new StuckSession(s.TransactionId, StuckSessionReasons.Superseded, "A new session started on its connector and no StopTransaction came for this one.")
                : new StuckSession(s.TransactionId, StuckSessionReasons.Reboot, "The charge point booted while it was open and no StopTransaction came.")),
            .. expired.Select(id => new StuckSession(id, StuckSessionReasons.MaxDuration, $"It was open longer than {hours} hours.")),
            .. unplugged.Select(id => new StuckSession(id, StuckSessionReasons.AvailableAfterFinish, "Its connector went Available after Finishing and no StopTransaction came.")),
        ];
    }

    private Task<bool> CloseAsync(StuckSession candidate, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var session = await scope.Db.ChargingSessions.FindAsync([candidate.TransactionId], ct);
                return session is not null
                       && await closer.CloseAsync(scope, session, candidate.Reason, candidate.Why, time.GetUtcNow(), ct);
            },
            cancellationToken);
}
