using System.Linq.Expressions;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Identity.Queries;

/// <summary>Read models of idTags for the API and the pages. Lookups are case-insensitive (the column has NOCASE collation).</summary>
public sealed class IdTagQueries(IDbContextFactory<EvDashboardDbContext> contexts)
{
    private static readonly Expression<Func<IdTag, IdTagView>> Projection = t => new IdTagView(
        t.Value, t.Status, t.ExpiresAt, t.ParentIdTag, t.MaxConcurrentSessions, t.CreatedAt, t.UpdatedAt, t.Type, t.OwnerName,
        t.BudgetPeriod == null ? null : new TagBudget(t.BudgetPeriod.Value, t.BudgetEnergyWh, t.BudgetCostMinor, t.BudgetCurrency));

    public async Task<IReadOnlyList<IdTagView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.IdTags.AsNoTracking().OrderBy(t => t.Value).Select(Projection).ToListAsync(cancellationToken);
    }

    public async Task<IdTagView?> GetAsync(string idTag, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.IdTags.AsNoTracking().Where(t => t.Value == idTag).Select(Projection).FirstOrDefaultAsync(cancellationToken);
    }
}
