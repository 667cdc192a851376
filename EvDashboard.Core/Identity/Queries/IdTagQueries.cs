using System.Linq.Expressions;
using EvDashboard.Core.Data;
using EvDashboard.Core.Identity.Budgets;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Identity.Queries;

/// <summary>Read models of idTags for the API and the pages. Lookups are case-insensitive (the column has NOCASE collation).</summary>
public sealed class IdTagQueries(IDbContextFactory<EvDashboardDbContext> contexts, BudgetMeter budgets, TimeProvider time)
{
    private static readonly Expression<Func<IdTag, IdTagView>> Projection = t => new IdTagView(
        t.Value, t.Status, t.ExpiresAt, t.ParentIdTag, t.MaxConcurrentSessions, t.CreatedAt, t.UpdatedAt, t.Type, t.OwnerName,
        t.BudgetPeriod == null ? null : new TagBudget(t.BudgetPeriod.Value, t.BudgetEnergyWh, t.BudgetCostMinor, t.BudgetCurrency),
        t.OwnerEmail, t.OwnerWebhookUrl, t.NotifyOwner);

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

    /// <summary>One page of idTags, ordered by value, each with its budget use and last answer.</summary>
    public async Task<IdTagPage> SearchAsync(IdTagSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.IdTags.AsNoTracking();
        if (LikePattern.For(search.Text, anywhere: true) is { } pattern)
        {
            // Escaped: an operator searching "50%" or "A_1" means those characters, not LIKE wildcards.
            query = query.Where(t => EF.Functions.Like(t.Value, pattern, LikePattern.Escape)
                || EF.Functions.Like(t.OwnerName!, pattern, LikePattern.Escape)
                || EF.Functions.Like(t.ParentIdTag!, pattern, LikePattern.Escape));
        }

        if (search.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var tags = await query.OrderBy(t => t.Value).Skip(Math.Max(0, search.Skip)).Take(Math.Clamp(search.Take, 1, IdTagSearch.MaxTake))
            .Select(Projection).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var rows = new List<IdTagRow>(tags.Count);
        foreach (var tag in tags)
        {
            var use = await budgets.MeasureAsync(db, tag.IdTag, tag.Budget, now, cancellationToken);
            var last = await db.AuthorizationRecords.AsNoTracking().Where(a => a.IdTag == tag.IdTag).OrderByDescending(a => a.At)
                .Select(a => new { a.At, a.Outcome, a.Reason }).FirstOrDefaultAsync(cancellationToken);
            rows.Add(new IdTagRow(tag, use, last?.At, last?.Outcome, last?.Reason));
        }

        return new IdTagPage(rows, total);
    }

    /// <summary>Every idTag, for the CSV export: read in pages so a large table is never held at once.</summary>
    public async IAsyncEnumerable<IdTagView> StreamAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const int PageSize = 500;
        for (var skip = 0; ; skip += PageSize)
        {
            List<IdTagView> page;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                page = await db.IdTags.AsNoTracking().OrderBy(t => t.Value).Skip(skip).Take(PageSize).Select(Projection).ToListAsync(cancellationToken);
            }

            foreach (var tag in page)
            {
                yield return tag;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
