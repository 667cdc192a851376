using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Healing.Continuation;

/// <summary>Reads a session's healing facts and its continuation chain for the session page and the API.</summary>
public sealed class SessionChainQueries(IDbContextFactory<EvDashboardDbContext> contexts)
{
    /// <returns>Null when there is no such session.</returns>
    public async Task<SessionChainView?> GetAsync(int transactionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.TransactionId == transactionId)
            .Select(s => new { s.ClosedBySystem, s.StopReason, s.ContinuesTransactionId, s.ChainRootId })
            .FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return null;
        }

        var rootId = session.ChainRootId ?? transactionId;
        var segments = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.TransactionId == rootId || s.ChainRootId == rootId)
            .OrderBy(s => s.TransactionId)
            .Select(s => new ChainSegmentView(
                s.TransactionId, s.ContinuesTransactionId, s.StartedAt, s.EndedAt, s.EnergyWh, s.Status, s.StopReason, s.ClosedBySystem, s.CostCurrency, s.CostTotalMinor))
            .ToListAsync(cancellationToken);
        var attempts = await db.SessionContinuations.AsNoTracking()
            .Where(c => c.RootTransactionId == rootId)
            .OrderBy(c => c.Id)
            .Select(c => new ContinuationAttemptView(c.Attempt, c.PreviousTransactionId, c.Trigger, c.RequestedAt, c.Outcome, c.NewTransactionId, c.SettledAt, c.Detail))
            .ToListAsync(cancellationToken);
        return new SessionChainView(transactionId, session.ClosedBySystem, session.StopReason, session.ContinuesTransactionId, session.ChainRootId, segments, attempts);
    }
}
