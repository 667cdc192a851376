using EvDashboard.Core.Data;

namespace EvDashboard.Core.Identity.Budgets;

/// <summary>Sessions carry no price yet (there are no tariffs), so every session costs nothing and no cost budget is ever spent.</summary>
internal sealed class UnpricedSessionCost : ISessionCostSource
{
    public Task<long> CostMinorSinceAsync(EvDashboardDbContext db, string idTag, DateTimeOffset from, string currency, CancellationToken cancellationToken) =>
        Task.FromResult(0L);
}
