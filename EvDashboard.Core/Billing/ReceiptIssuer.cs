using EvDashboard.Core.Data;
using EvDashboard.Core.Healing;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Billing;

/// <summary>
/// Issues the receipt of a completed, priced billing session — a session, or a continuation chain as one (IssueKey
/// "receipt:{rootId}", so at most one however often it is asked) — and finds the billing sessions that still lack one.
/// </summary>
public sealed class ReceiptIssuer(
    DatabaseWriter writer, InvoiceIssuer issuer, IDbContextFactory<EvDashboardDbContext> contexts, SiteClock clock, IOptions<BillingOptions> options)
{
    private const int SweepBatch = 200;

    /// <summary>
    /// The receipt of the session's billing session (its chain's root), issued now or earlier; null while any segment is not
    /// completed with a final cost, a continuation is still requested, or a segment may still be continued (ReceiptHeldUntil).
    /// </summary>
    public Task<IssuedInvoice?> IssueAsync(int transactionId, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var db = scope.Db;
                var rootId = await db.ChargingSessions.AsNoTracking().Where(s => s.TransactionId == transactionId)
                    .Select(s => s.ChainRootId ?? s.TransactionId).FirstOrDefaultAsync(ct);
                if (rootId == 0 || !await IsChainCompleteAsync(db, rootId, clock.UtcNow, ct))
                {
                    return null;
                }

                var segments = await PricedSessions.Project(PricedSessions.Of(db.ChargingSessions.AsNoTracking())
                        .Where(s => s.TransactionId == rootId || s.ChainRootId == rootId).OrderBy(s => s.TransactionId))
                    .ToListAsync(ct);
                var root = segments[0];
                var buyer = await BuyerDirectory.ForTagAsync(db, root.IdTag, root.TagGroup, ct);
                var draft = ReceiptDrafts.Create(segments, buyer, options.Value, clock.UtcNow);
                return await issuer.IssueAsync(scope, draft, Audit.Actor.System.Name, ct);
            },
            cancellationToken);

    /// <summary>Billing sessions (chain roots, or sessions without a chain) complete and priced without a receipt, oldest first (at most <paramref name="limit"/>).</summary>
    public async Task<IReadOnlyList<int>> FindMissingAsync(int limit, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A segment never gets its own receipt: its root's covers it, once the whole chain is done.
        return await PricedSessions.Of(db.ChargingSessions.AsNoTracking())
            .Where(s => s.ChainRootId == null || s.ChainRootId == s.TransactionId)
            .Where(s => s.ReceiptHeldUntil == null || s.ReceiptHeldUntil <= now)
            .Where(s => !db.ChargingSessions.Any(x => x.ChainRootId == s.TransactionId && x.TransactionId != s.TransactionId
                && (x.Status != SessionStatus.Completed || x.CostTotalMinor == null || x.CostBreakdownJson == null || x.ReceiptHeldUntil > now)))
            .Where(s => !db.SessionContinuations.Any(c => c.RootTransactionId == s.TransactionId && c.Outcome == ContinuationOutcome.Requested))
            .Where(s => !db.Invoices.Any(i => i.Kind == InvoiceKind.Receipt && i.TransactionId == s.TransactionId))
            .OrderBy(s => s.TransactionId)
            .Select(s => s.TransactionId)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    private static async Task<bool> IsChainCompleteAsync(EvDashboardDbContext db, int rootId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var chain = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.TransactionId == rootId || s.ChainRootId == rootId)
            .Select(s => new { s.Status, s.CostTotalMinor, s.CostBreakdownJson, s.EndedAt, s.ReceiptHeldUntil })
            .ToListAsync(cancellationToken);
        return chain.Count > 0
               && chain.All(s => s is { Status: SessionStatus.Completed, CostTotalMinor: not null, CostBreakdownJson: not null, EndedAt: not null }
                                 && !(s.ReceiptHeldUntil > now))
               && !await db.SessionContinuations.AnyAsync(c => c.RootTransactionId == rootId && c.Outcome == ContinuationOutcome.Requested, cancellationToken);
    }

    /// <summary>Issues every missing receipt; returns how many were issued.</summary>
    public async Task<int> IssueMissingAsync(CancellationToken cancellationToken)
    {
        var issued = 0;
        while (true)
        {
            var missing = await FindMissingAsync(SweepBatch, cancellationToken);
            foreach (var transactionId in missing)
            {
                if (await IssueAsync(transactionId, cancellationToken) is { IsNew: true })
                {
                    issued++;
                }
            }

            if (missing.Count < SweepBatch)
            {
                return issued;
            }
        }
    }
}
