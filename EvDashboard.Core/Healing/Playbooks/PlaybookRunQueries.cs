using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>The recent playbook runs of a charge point, newest first.</summary>
public sealed class PlaybookRunQueries(IDbContextFactory<EvDashboardDbContext> contexts)
{
    public const int MaxRuns = 50;

    /// <returns>Null when there is no such charge point.</returns>
    public async Task<IReadOnlyList<PlaybookRunView>?> RecentAsync(string chargePointId, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.ChargePoints.AnyAsync(c => c.Id == chargePointId, cancellationToken))
        {
            return null;
        }

        return await db.PlaybookRuns.AsNoTracking()
            .Where(r => r.ChargePointId == chargePointId)
            .OrderByDescending(r => r.Id)
            .Take(Math.Clamp(limit, 1, MaxRuns))
            .Select(r => new PlaybookRunView(r.Id, r.Playbook, r.ConnectorId, r.Step, r.Status, r.Detail, r.StartedAt, r.LastStepAt, r.NextStepAt, r.EndedAt))
            .ToListAsync(cancellationToken);
    }
}
