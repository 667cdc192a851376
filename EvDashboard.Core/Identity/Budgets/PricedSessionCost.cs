using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Tariffs.Pricing;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Identity.Budgets;

/// <summary>
/// A tag's spending since an instant, in one currency: the stored final costs of its completed sessions (summed in
/// SQL over integer minor units) plus the running cost of its sessions still open. Sessions priced in another
/// currency and unpriced ones count nothing.
/// </summary>
internal sealed class PricedSessionCost(ISessionCosts costs) : ISessionCostSource
{
    public async Task<long> CostMinorSinceAsync(EvDashboardDbContext db, string idTag, DateTimeOffset from, string currency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = db.ChargingSessions.AsNoTracking().Where(s => s.IdTag == idTag && s.StartedAt >= from);
        var completed = await sessions
            .Where(s => s.Status == SessionStatus.Completed && s.CostCurrency == currency)
            .SumAsync(s => s.CostTotalMinor, cancellationToken) ?? 0;
        var open = await sessions
            .Where(s => s.Status != SessionStatus.Completed && s.TariffVersionId != null)
            .Select(s => s.TransactionId)
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return completed;
        }

        var running = await costs.GetManyAsync(open, cancellationToken);
        return completed + running.Values.Where(c => c.Breakdown.Currency == currency).Sum(c => c.Breakdown.TotalMinor);
    }
}
