using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Billing;

/// <summary>
/// Issues the receipt of a completed, priced session (IssueKey "receipt:{transactionId}", so at most one per
/// session however often it is asked), and finds the sessions that still lack one.
/// </summary>
public sealed class ReceiptIssuer(
    DatabaseWriter writer, InvoiceIssuer issuer, IDbContextFactory<EvDashboardDbContext> contexts, SiteClock clock, IOptions<BillingOptions> options)
{
    private const int SweepBatch = 200;

    /// <summary>The session's receipt, issued now or earlier; null while the session is not completed with a final cost.</summary>
    public Task<IssuedInvoice?> IssueAsync(int transactionId, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var session = await PricedSessions.Project(PricedSessions.Of(scope.Db.ChargingSessions.AsNoTracking()).Where(s => s.TransactionId == transactionId))
                    .FirstOrDefaultAsync(ct);
                if (session is null)
                {
                    return null;
                }

                var buyer = await BuyerDirectory.ForTagAsync(scope.Db, session.IdTag, session.TagGroup, ct);
                var draft = ReceiptDrafts.Create(session, buyer, options.Value, clock.UtcNow);
                return await issuer.IssueAsync(scope, draft, Audit.Actor.System.Name, ct);
            },
            cancellationToken);

    /// <summary>Completed, priced sessions without a receipt, oldest first (at most <paramref name="limit"/>).</summary>
    public async Task<IReadOnlyList<int>> FindMissingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PricedSessions.Of(db.ChargingSessions.AsNoTracking())
            .Where(s => !db.Invoices.Any(i => i.Kind == InvoiceKind.Receipt && i.TransactionId == s.TransactionId))
            .OrderBy(s => s.TransactionId)
            .Select(s => s.TransactionId)
            .Take(limit)
            .ToListAsync(cancellationToken);
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
