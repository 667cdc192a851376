using EvDashboard.Core.Data;

namespace EvDashboard.Core.Identity.Budgets;

/// <summary>
/// The cost a tag's sessions have run up since an instant, in minor units of a currency: the seam through which
/// cost budgets are enforced. <see cref="PricedSessionCost"/> counts the final and running costs of the tag's sessions.
/// </summary>
public interface ISessionCostSource
{
    Task<long> CostMinorSinceAsync(EvDashboardDbContext db, string idTag, DateTimeOffset from, string currency, CancellationToken cancellationToken);
}
