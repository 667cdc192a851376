using EvDashboard.Core.Data;

namespace EvDashboard.Core.Identity.Budgets;

/// <summary>
/// The cost a tag's sessions have run up since an instant, in minor units of a currency: the seam through which
/// cost budgets are enforced. Tariffs (issue 5) will price sessions; until then <see cref="UnpricedSessionCost"/> counts zero.
/// </summary>
public interface ISessionCostSource
{
    Task<long> CostMinorSinceAsync(EvDashboardDbContext db, string idTag, DateTimeOffset from, string currency, CancellationToken cancellationToken);
}
