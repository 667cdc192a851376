using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Identity.Budgets;

/// <summary>
/// Measures a tag's use of its budget in the current period. Energy comes from the ledger: the energy of every
/// session with the tag that started in the period (a session is counted whole in the period it started in).
/// Cost comes from <see cref="ISessionCostSource"/>.
/// </summary>
public sealed class BudgetMeter(SiteClock clock, ISessionCostSource costs)
{
    public async Task<BudgetUse?> MeasureAsync(EvDashboardDbContext db, string idTag, TagBudget? budget, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (budget is not { HasLimit: true })
        {
            return null;
        }

        var from = BudgetPeriodStart.Of(budget.Period, now, clock);
        var energy = budget.EnergyWh is null
            ? 0
            : await db.ChargingSessions.AsNoTracking()
                .Where(s => s.IdTag == idTag && s.StartedAt >= from)
                .SumAsync(s => s.EnergyWh, cancellationToken);
        var cost = budget is { CostMinor: not null, Currency: { } currency }
            ? await costs.CostMinorSinceAsync(db, idTag, from, currency, cancellationToken)
            : 0;
        return new BudgetUse(budget, from, energy, cost);
    }
}
