using EvDashboard.Core.Data;
using EvDashboard.Core.Healing.Reconciliation;
using EvDashboard.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Healing.Continuation;

/// <summary>
/// Cheap indexed reads, outside the writer, that tell whether a status change can concern continuation at all.
/// Nearly every Preparing or Available is a plain one; without these checks each of them took a unit of work in the
/// single writer (and its queries), which every charger's durable message then waited behind.
/// The writer's unit still decides; a "maybe" here only lets it look.
/// </summary>
internal sealed class ContinuationPrecheck(IDbContextFactory<EvDashboardDbContext> contexts, TimeProvider time, IOptionsMonitor<SessionHealingOptions> healing)
{
    // Compiled once: as plain LINQ, EF Core 6 compiles a lambda per call to read a captured enum, and these run per status change.
    private static readonly Func<EvDashboardDbContext, string, int, CancellationToken, Task<ChargingSession?>> LatestQuery =
        EF.CompileAsyncQuery((EvDashboardDbContext db, string chargePointId, int connectorId, CancellationToken _) =>
            db.ChargingSessions.AsNoTracking().Where(s => s.ChargePointId == chargePointId && s.ConnectorId == connectorId)
                .OrderByDescending(s => s.TransactionId).FirstOrDefault());

    private static readonly Func<EvDashboardDbContext, ContinuationOutcome, CancellationToken, Task<bool>> AnyRequestedQuery =
        EF.CompileAsyncQuery((EvDashboardDbContext db, ContinuationOutcome requested, CancellationToken _) =>
            db.SessionContinuations.Any(c => c.Outcome == requested));

    /// <summary>False when the connector's last session cannot be continued now (none, ended normally, or past the window).</summary>
    public async Task<bool> MayContinueAsync(string chargePointId, int connectorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var previous = await LatestQuery(db, chargePointId, connectorId, cancellationToken);
        if (previous is null)
        {
            return false;
        }

        // An active session may have been lost while the charger was offline: only the writer's unit can tell.
        return previous.Status == SessionStatus.Active || ContinuationPolicy.InWindow(previous, time.GetUtcNow(), healing.CurrentValue.Continuation);
    }

    /// <summary>
    /// The connectors with a requested continuation or a held receipt, which a departing vehicle ends: both are rare
    /// and short-lived, so one read serves a whole burst of Available reports (a busy site sends them all the time).
    /// </summary>
    public async Task<IReadOnlySet<(string ChargePointId, int ConnectorId)>> OpenConnectorsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var requested = await db.SessionContinuations.AsNoTracking()
            .Where(c => c.Outcome == ContinuationOutcome.Requested)
            .Select(c => new { c.ChargePointId, c.ConnectorId })
            .ToListAsync(cancellationToken);
        var held = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.ReceiptHeldUntil != null)
            .Select(s => new { s.ChargePointId, s.ConnectorId })
            .ToListAsync(cancellationToken);
        return requested.Concat(held).Select(c => (c.ChargePointId, c.ConnectorId)).ToHashSet();
    }

    public async Task<bool> AnyRequestedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await AnyRequestedQuery(db, ContinuationOutcome.Requested, cancellationToken);
    }
}
